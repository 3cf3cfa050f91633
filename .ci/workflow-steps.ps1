#Requires -Version 7
<#
.SYNOPSIS
    Executes every run: step of a GitHub workflow in order, here, as GitHub's runner would.

.DESCRIPTION
    Run from a clean clone (nothing beside it) after `dotnet tool restore`:

        dotnet pwsh -NoProfile -File .ci/workflow-steps.ps1 [-Workflow .github/workflows/publish.yml]

    The workflow is read with YamlDotNet (from the NuGet packages folder, restored by `dotnet restore`). Jobs run in
    file order; every run: step runs with `bash --noprofile --norc -eo pipefail` (GitHub's default shell), with the
    workflow's, job's and step's env (secrets.* and vars.* are empty: none exist here), GITHUB_ENV, GITHUB_PATH,
    GITHUB_WORKSPACE, GITHUB_ACTIONS=true and CI=true. uses: steps are actions that only GitHub runs: they are listed
    and stood in for where a later step needs them (upload-artifact/download-artifact copy the folder through
    artifacts/workflow/; checkout is the clone itself; setup-dotnet, setup-node and cache use this machine's).

    Unlike GitHub, a failing step does not stop the job: every step runs, and each outcome is compared with what is
    expected here:
      - the publish step has no secrets: it must fail and say which are missing;
      - the --strict site build fails while the clinic's declared placeholders remain, listing them (that is its
        purpose); then a copy with them filled in and signed off (.ci/fill-placeholders.ps1) must pass --strict, and
        the later steps (check, upload) get that copy's output, as they would once the clinic has filled them in;
      - every other step must pass.
    Prints a table of every step and its outcome and exits non-zero when any outcome differs from the expectation.
    Logs: artifacts/workflow/NN-step.log.
#>
[CmdletBinding()]
param(
    [string]$Workflow = '.github/workflows/publish.yml'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$PSNativeCommandUseErrorActionPreference = $false

$RepoRoot = Split-Path -Parent $PSScriptRoot
Set-Location $RepoRoot
$WorkflowPath = [System.IO.Path]::GetFullPath($Workflow, $RepoRoot)
$LogRoot = Join-Path $RepoRoot 'artifacts/workflow'
if (Test-Path $LogRoot) { Remove-Item -Recurse -Force -LiteralPath $LogRoot }
New-Item -ItemType Directory -Force -Path $LogRoot | Out-Null

function Import-YamlDotNet {
    <# YamlDotNet from the NuGet packages folder, at the version Directory.Packages.props pins (dotnet restore puts it there). #>
    $props = [xml](Get-Content -Raw (Join-Path $RepoRoot 'Directory.Packages.props'))
    $version = ($props.Project.ItemGroup.PackageVersion | Where-Object { $_.Include -eq 'YamlDotNet' }).Version
    $packages = $env:NUGET_PACKAGES
    if ([string]::IsNullOrEmpty($packages)) { $packages = Join-Path $HOME '.nuget/packages' }
    $dll = Join-Path $packages "yamldotnet/$version/lib/net8.0/YamlDotNet.dll"
    if (-not (Test-Path -LiteralPath $dll)) {
        & dotnet restore (Join-Path $RepoRoot 'Relevare.Static.sln') | Out-Host
    }
    if (-not (Test-Path -LiteralPath $dll)) {
        throw "YamlDotNet $version is not in $packages (dotnet restore Relevare.Static.sln puts it there)."
    }
    Add-Type -LiteralPath $dll
}

function Get-Scalar {
    param($Node, [string]$Key)
    if ($null -eq $Node -or $Node -isnot [YamlDotNet.RepresentationModel.YamlMappingNode]) { return $null }
    foreach ($entry in $Node.Children.GetEnumerator()) {
        # The comma keeps PowerShell from unrolling a mapping or sequence node (they are enumerable).
        if ($entry.Key.Value -eq $Key) { return , $entry.Value }
    }
    return $null
}

function Get-EnvMap {
    <# A mapping node's entries as strings, with secrets.* and vars.* expressions empty (none exist here). #>
    param($Node)
    $map = [ordered]@{}
    if ($null -eq $Node) { return $map }
    foreach ($entry in $Node.Children.GetEnumerator()) {
        $value = [string]$entry.Value.Value
        $value = [regex]::Replace($value, '\$\{\{\s*(secrets|vars)\.[A-Za-z0-9_]+\s*\}\}', '')
        if ($value -match '\$\{\{') { throw "env $($entry.Key.Value): expression not supported here: $value" }
        $map[$entry.Key.Value] = $value
    }
    return $map
}

Import-YamlDotNet
$stream = [YamlDotNet.RepresentationModel.YamlStream]::new()
$reader = [System.IO.StringReader]::new((Get-Content -Raw -LiteralPath $WorkflowPath))
$stream.Load($reader)
$root = $stream.Documents[0].RootNode
$workflowEnv = Get-EnvMap (Get-Scalar $root 'env')

$githubEnv = Join-Path $LogRoot 'github-env'
$githubPath = Join-Path $LogRoot 'github-path'
$artifactStore = Join-Path $LogRoot 'artifacts'
$fillPlaceholders = Join-Path $PSScriptRoot 'fill-placeholders.ps1'
$addedEnv = [ordered]@{}
$addedPath = [System.Collections.Generic.List[string]]::new()
$results = [System.Collections.Generic.List[object]]::new()
$number = 0

function Invoke-Bash {
    <# Runs a script with GitHub's default shell and the given environment; returns exit code and output (also logged). #>
    param([string]$Script, [System.Collections.IDictionary]$Environment, [string]$Log)
    $file = "$Log.sh"
    Set-Content -LiteralPath $file -Value $Script -NoNewline
    $saved = @{}
    foreach ($name in $Environment.Keys) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, [string]$Environment[$name])
    }
    try {
        $output = & bash --noprofile --norc -eo pipefail $file 2>&1 |
            ForEach-Object { $line = "$_"; Write-Host "    $line"; $line } | Tee-Object -LiteralPath $Log
        $code = $LASTEXITCODE
    }
    finally {
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    }
    return [pscustomobject]@{ ExitCode = $code; Output = ($output -join "`n") }
}

function Add-Result {
    param([string]$Job, [string]$Step, [string]$Kind, [string]$Outcome, [bool]$AsExpected, [string]$Note)
    $results.Add([pscustomobject]@{ Job = $Job; Step = $Step; Kind = $Kind; Outcome = $Outcome; AsExpected = $AsExpected; Note = $Note })
    $mark = if ($AsExpected) { 'ok' } else { 'UNEXPECTED' }
    Write-Host "  -> $Outcome ($mark) $Note"
}

function Get-StepEnvironment {
    param([System.Collections.IDictionary]$JobEnv, [System.Collections.IDictionary]$StepEnv)
    $environment = [ordered]@{}
    foreach ($map in @($workflowEnv, $JobEnv, $addedEnv, $StepEnv)) {
        foreach ($key in $map.Keys) { $environment[$key] = $map[$key] }
    }
    $environment['GITHUB_ACTIONS'] = 'true'
    $environment['CI'] = 'true'
    $environment['GITHUB_WORKSPACE'] = $RepoRoot
    $environment['GITHUB_ENV'] = $githubEnv
    $environment['GITHUB_PATH'] = $githubPath
    $environment['RUNNER_TEMP'] = (Join-Path $LogRoot 'runner-temp')
    $environment['PATH'] = (@($addedPath) + @($env:PATH)) -join [System.IO.Path]::PathSeparator
    return $environment
}

function Update-FromGitHubFiles {
    <# What a step appended to GITHUB_ENV and GITHUB_PATH applies to the steps after it (NAME=value lines only). #>
    if (Test-Path -LiteralPath $githubEnv) {
        foreach ($line in Get-Content -LiteralPath $githubEnv) {
            if ($line -match '^([A-Za-z_][A-Za-z0-9_]*)=(.*)$') { $addedEnv[$Matches[1]] = $Matches[2] }
        }
        Remove-Item -LiteralPath $githubEnv
    }
    if (Test-Path -LiteralPath $githubPath) {
        foreach ($line in Get-Content -LiteralPath $githubPath) {
            if (-not [string]::IsNullOrWhiteSpace($line)) { $addedPath.Insert(0, $line.Trim()) }
        }
        Remove-Item -LiteralPath $githubPath
    }
}

function Invoke-Action {
    <# Stands in for a uses: step; returns the note for the table. #>
    param([string]$Uses, $With)
    $name = ($Uses -split '@')[0]
    switch ($name) {
        'actions/checkout' { return 'not run: this clean clone is the checkout' }
        'actions/setup-dotnet' { return "not run: this machine's dotnet $((& dotnet --version) -join '')" }
        'actions/setup-node' { return "not run: this machine's node $((& node --version) -join '')" }
        'actions/cache' { return 'not run: no cache here (GitHub restores ~/.nuget/packages and the npm cache)' }
        'actions/upload-artifact' {
            $artifact = [string](Get-Scalar $With 'name').Value
            $path = ([string](Get-Scalar $With 'path').Value).TrimEnd('/')
            $target = Join-Path $artifactStore $artifact
            if (-not (Test-Path -LiteralPath $path)) { throw "upload-artifact: $path does not exist (if-no-files-found: error)" }
            New-Item -ItemType Directory -Force -Path $target | Out-Null
            Copy-Item -Recurse -Force -Path (Join-Path $path '*') -Destination $target
            return "stood in: copied $path to $([System.IO.Path]::GetRelativePath($RepoRoot, $target))"
        }
        'actions/download-artifact' {
            $artifact = [string](Get-Scalar $With 'name').Value
            $path = [string](Get-Scalar $With 'path').Value
            $source = Join-Path $artifactStore $artifact
            if (-not (Test-Path -LiteralPath $source)) { throw "download-artifact: no artifact '$artifact' was uploaded" }
            if (Test-Path -LiteralPath $path) { Remove-Item -Recurse -Force -LiteralPath $path }
            New-Item -ItemType Directory -Force -Path $path | Out-Null
            Copy-Item -Recurse -Force -Path (Join-Path $source '*') -Destination $path
            return "stood in: copied artifact '$artifact' to $path"
        }
        default { return 'not run: an action only GitHub runs' }
    }
}

function Test-StrictBuildStep {
    <#
    The --strict site build: passing is as expected. Failing is as expected only while the clinic's declared
    placeholders remain and every finding is one of them; then a filled-in copy must pass --strict, and the later
    steps get a non-strict build of the site.
    #>
    param($Run, [System.Collections.IDictionary]$Environment, [string]$Log)
    if ($Run.ExitCode -eq 0) { return @($true, 'passed --strict: no placeholders or warnings left') }
    # A finding is printed as 'path:line:col: warning RS0109: …', or with GITHUB_ACTIONS=true (as on GitHub and here)
    # as the annotation '::warning file=path,line=…,col=…,title=RS0109::…'.
    $findings = @($Run.Output -split "`n" | Where-Object { $_ -match ': (error|warning) RS[0-9]{4}:|^\s*::(error|warning) [^:]*title=RS[0-9]{4}::' })
    # The codes of a declared placeholder (editor's guide, "Placeholders"): an unconfirmed value in site.yml, the people
    # file or front matter, FILL-IN text, a tel: link to a placeholder number, an example base URL.
    $placeholderCodes = 'RS0108|RS0109|RS0615|RS0616|RS0617|RS0620'
    $placeholders = @($findings | Where-Object { $_ -match ": warning ($placeholderCodes):|^\s*::warning [^:]*title=($placeholderCodes)::" })
    Write-Host "    findings: $($findings.Count), of which placeholders: $($placeholders.Count)"
    $note = "failed --strict with $($findings.Count) findings, $($placeholders.Count) of them placeholders"
    $ok = $findings.Count -gt 0 -and $placeholders.Count -eq $findings.Count
    if (-not $ok) { $note += ' (expected: only the declared placeholders)' }
    if (Test-Path -LiteralPath $fillPlaceholders) {
        $copy = Join-Path $LogRoot 'filled-site'
        if (Test-Path $copy) { Remove-Item -Recurse -Force -LiteralPath $copy }
        New-Item -ItemType Directory -Force -Path $copy | Out-Null
        foreach ($item in 'site.yml', 'content', 'templates', 'assets', 'data') {
            if (Test-Path -LiteralPath $item) { Copy-Item -Recurse -Force -LiteralPath $item -Destination $copy }
        }
        # Through bash with the step's environment, so that the relevare installed by an earlier step is on PATH.
        $fill = Invoke-Bash "dotnet pwsh -NoProfile -File '$fillPlaceholders' -Site '$copy'" $Environment "$Log.fill"
        $filled = Invoke-Bash "relevare build --strict --source '$copy' --output '$copy/_site'" $Environment "$Log.filled"
        if ($fill.ExitCode -eq 0 -and $filled.ExitCode -eq 0) {
            $note += '; the filled-in copy passed --strict'
            # The later steps (check, upload) get the site as it is once the placeholders are filled in.
            if (Test-Path -LiteralPath '_site') { Remove-Item -Recurse -Force -LiteralPath '_site' }
            Copy-Item -Recurse -LiteralPath "$copy/_site" -Destination '_site'
            $note += '; later steps use its output'
            return @($ok, $note)
        }
        $ok = $false
        $note += '; the filled-in copy FAILED --strict'
    }
    else {
        $ok = $false
        $note += '; filled-in copy not checked (no .ci/fill-placeholders.ps1)'
    }
    # Without a filled-in copy, the later steps get the non-strict build, so that they still run.
    $standIn = Invoke-Bash 'relevare build --output _site' $Environment "$Log.standin"
    if ($standIn.ExitCode -ne 0) { $ok = $false; $note += '; even the non-strict build FAILED' } else { $note += '; later steps use the non-strict build' }
    return @($ok, $note)
}

foreach ($job in (Get-Scalar $root 'jobs').Children.GetEnumerator()) {
    $jobName = $job.Key.Value
    $jobEnv = Get-EnvMap (Get-Scalar $job.Value 'env')
    $condition = Get-Scalar $job.Value 'if'
    Write-Host ''
    Write-Host "== job $jobName$(if ($null -ne $condition) { " (if: $($condition.Value); run here regardless)" })"
    foreach ($step in (Get-Scalar $job.Value 'steps').Children) {
        $number++
        $uses = Get-Scalar $step 'uses'
        $run = Get-Scalar $step 'run'
        $name = Get-Scalar $step 'name'
        $title = if ($null -ne $name) { $name.Value } elseif ($null -ne $uses) { $uses.Value } else { "step $number" }
        $log = Join-Path $LogRoot ('{0:00}-{1}.log' -f $number, ($title -replace '[^A-Za-z0-9]+', '-').Trim('-').ToLowerInvariant())
        Write-Host ''
        Write-Host "-- [$number] $title"
        if ($null -ne $uses) {
            try {
                Add-Result $jobName $title 'uses' 'stood in' $true (Invoke-Action $uses.Value (Get-Scalar $step 'with'))
            }
            catch {
                Add-Result $jobName $title 'uses' 'failed' $false $_.Exception.Message
            }
            continue
        }

        $environment = Get-StepEnvironment $jobEnv (Get-EnvMap (Get-Scalar $step 'env'))
        $started = Get-Date
        $result = Invoke-Bash $run.Value $environment $log
        $seconds = [int]((Get-Date) - $started).TotalSeconds
        Update-FromGitHubFiles
        $outcome = "exit $($result.ExitCode) after $seconds s"
        if ($run.Value -match 'relevare build --strict') {
            $verdict = Test-StrictBuildStep $result (Get-StepEnvironment $jobEnv @{}) $log
            Add-Result $jobName $title 'run' $outcome $verdict[0] $verdict[1]
        }
        elseif ($run.Value -match 'pages deploy|netlify') {
            $says = $result.Output -match 'not published: missing'
            Add-Result $jobName $title 'run' $outcome ($result.ExitCode -ne 0 -and $says) ($(if ($says) { 'no secrets here: said which are missing and failed, as it must' } else { 'expected: fail and name the missing secrets' }))
        }
        else {
            $summary = @($result.Output -split "`n" | Where-Object { $_ -match '^[0-9]+ passed, [0-9]+ failed' }) | Select-Object -Last 1
            Add-Result $jobName $title 'run' $outcome ($result.ExitCode -eq 0) ($(if ($summary) { $summary } else { '' }))
        }
    }
}

Write-Host ''
Write-Host "Workflow $Workflow, every step in order ($($results.Count)):"
$i = 0
foreach ($r in $results) {
    $i++
    $mark = if ($r.AsExpected) { 'ok ' } else { 'BAD' }
    Write-Host ('  {0} {1,2}. {2,-8} {3,-4} {4}: {5} {6}' -f $mark, $i, $r.Job, $r.Kind, $r.Step, $r.Outcome, $r.Note)
}
$bad = @($results | Where-Object { -not $_.AsExpected }).Count
Write-Host "$($results.Count - $bad) steps as expected, $bad not"
exit $(if ($bad -eq 0) { 0 } else { 1 })
