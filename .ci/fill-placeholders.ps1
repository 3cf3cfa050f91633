#Requires -Version 7
<#
.SYNOPSIS
    Fills the clinic's declared placeholders in a copy of the site with real-looking values, as the clinic will.

.DESCRIPTION
    Used by .ci/workflow-steps.ps1 to show that the workflow's --strict build passes once the clinic has supplied its
    facts (README, "Before going live"). The values are examples, not the clinic's: a diallable US number in E.164,
    an address, Dr. Mallek's credentials and role, a real base URL; then Dr. Mallek signs off each health page with
    `relevare review` (the installed command, on PATH). The same edits are made by ClinicGoLiveTests.

        dotnet pwsh -NoProfile -File .ci/fill-placeholders.ps1 -Site DIR [-Relevare relevare]

    Fails (exit 1) when a placeholder is no longer written as expected, so this script cannot silently fall behind
    the site.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string]$Site,
    [string]$Relevare = 'relevare'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Edit-File {
    param([string]$File, [string[][]]$Edits)
    $path = Join-Path $Site $File
    $text = Get-Content -Raw -LiteralPath $path
    foreach ($edit in $Edits) {
        if (-not $text.Contains($edit[0])) { throw "${File}: the placeholder '$($edit[0])' is not there any more: update .ci/fill-placeholders.ps1" }
        $text = $text.Replace($edit[0], $edit[1])
    }
    Set-Content -LiteralPath $path -Value $text -NoNewline
}

Edit-File 'site.yml' @(
    , @('base_url: https://www.relevare.example/', 'base_url: https://www.relevare-clinic.com/')
    , @('phone: { placeholder: "+1 555 0100", why: "the clinic''s source text gives no phone number; this one is fictional" }', 'phone: "+1 617 555 0142"')
    , @('address: { placeholder: "Address to be confirmed", why: "the clinic''s source text gives no address" }', 'address: "12 Harbor Street, Boston, MA 02110"'))
Edit-File 'content/_data/people.yml' @(
    , @('credentials: { placeholder: "MD", why: "to be confirmed by the clinic" }', 'credentials: "MD"')
    , @('role: { placeholder: "Clinician at Relevare", why: "to be confirmed by the clinic" }', 'role: "Medical director"'))
Edit-File 'content/free-consultation.md' @(
    , @('(tel:+15550100)', '(tel:+16175550142)')
    , @('Call +1 555 0100', 'Call (617) 555-0142'))

foreach ($page in 'content/conditions/migraine.md', 'content/treatment/during-your-infusion.md') {
    & $Relevare review $page --reviewer mallek --source $Site
    if ($LASTEXITCODE -ne 0) { throw "relevare review $page failed with exit code $LASTEXITCODE" }
}
Write-Host "filled the clinic's placeholders in $Site and signed off its health pages"
