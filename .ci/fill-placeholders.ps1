#Requires -Version 7
<#
.SYNOPSIS
    Fills the clinic's declared placeholders in a copy of the site with real-looking values, as the clinic will.

.DESCRIPTION
    Used by .ci/workflow-steps.ps1 to show that the workflow's --strict build passes once the clinic has supplied its
    facts (README, "Before going live"). The values are examples, not the clinic's: a diallable US number in E.164,
    an address, Dr. Mallek's credentials, role and portrait (a PNG made here, beside people.yml), the languages he
    reviews in (English and Spanish), a real base URL; then Dr. Mallek signs off each health page, the Spanish ones
    included, with `relevare review` (the installed command, on PATH). The same edits are made by ClinicGoLiveTests.

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

# A stand-in photo: a 600 × 750 PNG (a soft vertical gradient), made here by a few lines of C# (no binary is kept in
# the repository, no tool beyond PowerShell is needed). The build publishes it as it would the clinic's photo:
# resized, as PNG and WebP, without metadata.
Add-Type -TypeDefinition @'
public static class ExamplePortrait
{
    public static byte[] Png(int width, int height)
    {
        var pixels = new System.IO.MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(pixels, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + 3 * width]; // filter type 0, then RGB
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    row[1 + 3 * x] = (byte)(180 - 90 * y / height);
                    row[2 + 3 * x] = (byte)(200 - 60 * y / height + 20 * x / width);
                    row[3 + 3 * x] = (byte)(220 - 40 * y / height);
                }

                zlib.Write(row, 0, row.Length);
            }
        }

        var png = new System.IO.MemoryStream();
        png.Write(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(new System.Span<byte>(header, 4, 4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // RGB
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", new byte[0]);
        return png.ToArray();
    }

    private static void Chunk(System.IO.Stream png, string type, byte[] data)
    {
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(typed, 0);
        data.CopyTo(typed, 4);
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(length);
        png.Write(typed);
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
'@

Edit-File 'site.yml' @(
    , @('base_url: https://www.relevare.example/', 'base_url: https://www.relevare-clinic.com/')
    , @('phone: { placeholder: "+1 555 0100", why: "the clinic''s source text gives no phone number; this one is fictional" }', 'phone: "+1 617 555 0142"')
    , @('address: { placeholder: "Address to be confirmed", why: "the clinic''s source text gives no address" }', 'address: "12 Harbor Street, Boston, MA 02110"'))
Edit-File 'content/_data/people.yml' @(
    , @('credentials: { placeholder: "MD", why: "to be confirmed by the clinic" }', 'credentials: "MD"')
    , @('role: { placeholder: "Clinician at Relevare", why: "to be confirmed by the clinic" }', 'role: "Medical director"')
    , @('portrait: { placeholder: "photo of Dr. Mallek", why: "the clinic has not supplied a photo yet" }', 'portrait: mallek.png')
    , @('  bio: /dr-mallek/', "  bio: /dr-mallek/`n  languages: [en, es]"))
[IO.File]::WriteAllBytes((Join-Path $Site 'content/_data/mallek.png'), [ExamplePortrait]::Png(600, 750))
Edit-File 'content/free-consultation.md' @(
    , @('(tel:+15550100)', '(tel:+16175550142)')
    , @('Call +1 555 0100', 'Call (617) 555-0142'))
Edit-File 'content/es/free-consultation.md' @(
    , @('(tel:+15550100)', '(tel:+16175550142)')
    , @('Llame al +1 555 0100', 'Llame al (617) 555-0142'))

# The Spanish health pages await a reviewer who reads Spanish: here the example reviewer lists both languages
# (languages: [en, es], above) and signs them off too, after the English pages they translate.
foreach ($page in 'content/conditions/migraine.md', 'content/treatment/during-your-infusion.md', 'content/es/conditions/migraine.md', 'content/es/treatment/during-your-infusion.md') {
    & $Relevare review $page --reviewer mallek --source $Site
    if ($LASTEXITCODE -ne 0) { throw "relevare review $page failed with exit code $LASTEXITCODE" }
}
Write-Host "filled the clinic's placeholders in $Site and signed off its health pages"
