#Requires -Version 7
<#
.SYNOPSIS
    Build entry point for Relevare.Static.

.DESCRIPTION
    Run as:  dotnet tool restore && dotnet pwsh -NoProfile -File build.ps1 [task]

    Tasks:
      restore  dotnet restore of the solution
      format   dotnet format --verify-no-changes (fails on any style drift)
      build    restore, then Release build of the solution
      test     restore, format check, build, browser prerequisites (if needed),
               every tests/*/*.csproj; lists each skipped test with its reason, and the
               last line printed is "N passed, N failed, N skipped" summed over all TRX
               files (default)
      site     build the clinic's site from this repository into _site/
      publish  the relevare command compiled ahead of time (Native AOT, linux-x64)
               into artifacts/publish/relevare: the fast binary (docs/performance.md)
      pack     the .NET tool packages into artifacts/packages: Relevare.Static.Cli (points
               at the others), .linux-x64 (Native AOT), .linux-arm64, .osx-arm64, .osx-x64
               and .win-x64 (framework-dependent, ReadyToRun) and .any (framework-dependent,
               for every other platform); install with
               dotnet tool install Relevare.Static.Cli --tool-path DIR --add-source artifacts/packages
      bench    publish, then bench/run.sh side by side with Hugo (and Eleventy,
               Jekyll when installed) at 12, 4000 and 16000 pages; the pages
               can be given after the task: build.ps1 bench 4000
      clean    remove bin/, obj/, artifacts/, _site/
#>
[CmdletBinding()]
param(
    [ValidateSet('restore', 'format', 'build', 'test', 'site', 'publish', 'pack', 'bench', 'clean')]
    [string]$Task = 'test',
    # bench: the page counts to measure
    [Parameter(ValueFromRemainingArguments = $true)]
    [string[]]$Pages = @('12', '4000', '16000')
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
# Exit codes of native commands are checked by hand (Invoke-Native, Invoke-TestProject).
$PSNativeCommandUseErrorActionPreference = $false

$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'
$env:POWERSHELL_TELEMETRY_OPTOUT = '1'
# The browser tests launch the machine's Chrome or Chromium (Find-Browser); Playwright must never download its own.
$env:PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1'

$RepoRoot = $PSScriptRoot
$Solution = Join-Path $RepoRoot 'Relevare.Static.sln'
$Configuration = 'Release'
$TestResultsRoot = Join-Path $RepoRoot 'artifacts/test-results'

Set-Location $RepoRoot

function Format-CommandLine {
    param([string]$FilePath, [string[]]$ArgumentList)
    $parts = @($FilePath) + @($ArgumentList | ForEach-Object {
            if ($_ -match '[\s";&|]') { '"' + ($_ -replace '"', '\"') + '"' } else { $_ }
        })
    return ($parts -join ' ')
}

function Invoke-Native {
    <#
    Runs an external command, streams its output to the host and throws with the
    command line when it exits non-zero. With -Quiet the output is kept back and
    only shown if the command fails.
    #>
    param(
        [Parameter(Mandatory)][string]$FilePath,
        [string[]]$ArgumentList = @(),
        [switch]$Quiet
    )
    $commandLine = Format-CommandLine $FilePath $ArgumentList
    if ($Quiet) {
        $output = & $FilePath @ArgumentList 2>&1
        $code = $LASTEXITCODE
        if ($code -ne 0) {
            $output | ForEach-Object { "$_" } | Out-Host
        }
    }
    else {
        Write-Host "> $commandLine"
        & $FilePath @ArgumentList | Out-Host
        $code = $LASTEXITCODE
    }
    if ($code -ne 0) {
        throw "Command failed with exit code ${code}: $commandLine"
    }
}

function Get-TestProject {
    $testsDir = Join-Path $RepoRoot 'tests'
    if (-not (Test-Path $testsDir)) { return @() }
    return @(Get-ChildItem -Path (Join-Path $testsDir '*/*.csproj') -File | Sort-Object FullName)
}

function Invoke-Restore {
    Invoke-Native dotnet @('restore', $Solution)
}

function Invoke-FormatCheck {
    Invoke-Native dotnet @('format', $Solution, '--verify-no-changes', '--no-restore')
}

function Invoke-Build {
    Invoke-Native dotnet @('build', $Solution, '-c', $Configuration, '--no-restore')

    # A test project that is not (yet) in the solution would otherwise fail under --no-build.
    $solutionText = Get-Content -Raw $Solution
    foreach ($project in Get-TestProject) {
        $relative = [System.IO.Path]::GetRelativePath($RepoRoot, $project.FullName)
        if (-not $solutionText.Contains(($relative -replace '/', '\'), [System.StringComparison]::OrdinalIgnoreCase)) {
            Write-Warning "$relative is not in Relevare.Static.sln (dotnet sln add it); building it on its own."
            Invoke-Native dotnet @('restore', $project.FullName)
            Invoke-Native dotnet @('build', $project.FullName, '-c', $Configuration, '--no-restore')
        }
    }
}

function Test-IsRoot {
    $uid = & id -u 2>$null
    return ($LASTEXITCODE -eq 0 -and "$uid".Trim() -eq '0')
}

function Install-DebianPackage {
    <# apt-get install of one Debian package, as root or through sudo -n. #>
    param([Parameter(Mandatory)][string]$Name)
    $prefix = @()
    if (-not (Test-IsRoot)) {
        if (Get-Command sudo -CommandType Application -ErrorAction SilentlyContinue) {
            $prefix = @('sudo', '-n', '--preserve-env=DEBIAN_FRONTEND')
        }
        else {
            throw "$Name is missing and neither root nor sudo is available to install it (apt-get install -y $Name)."
        }
    }
    Write-Host "> installing $Name (apt-get install -y $Name)"
    $env:DEBIAN_FRONTEND = 'noninteractive'
    $apt = @($prefix + @('apt-get'))
    $exe = $apt[0]
    $aptArgs = @($apt | Select-Object -Skip 1)
    Invoke-Native $exe ($aptArgs + @('update', '-qq')) -Quiet
    Invoke-Native $exe ($aptArgs + @('install', '-y', '-qq', $Name)) -Quiet
}

# Where a Chrome or Chromium usually is, in the order tried after CHROME_PATH: Google Chrome (preinstalled on
# GitHub's ubuntu runners), then Debian's Chromium. Ubuntu's chromium-browser is a snap wrapper and is not tried.
$BrowserCandidates = @('/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome', '/usr/bin/chromium')

function Find-Browser {
    <# The browser for the tests: CHROME_PATH when set (it must exist), else the first of $BrowserCandidates, else $null. #>
    if (-not [string]::IsNullOrEmpty($env:CHROME_PATH)) {
        if (-not (Test-Path -LiteralPath $env:CHROME_PATH -PathType Leaf)) {
            throw "CHROME_PATH is set to '$($env:CHROME_PATH)', which does not exist: point it at a Chrome or Chromium executable, or unset it."
        }
        return $env:CHROME_PATH
    }
    foreach ($candidate in $BrowserCandidates) {
        if (Test-Path -LiteralPath $candidate -PathType Leaf) { return $candidate }
    }
    return $null
}

function Test-IsDebian {
    <# True on Debian itself (ID=debian in /etc/os-release), not on Ubuntu or other derivatives. #>
    if (-not (Test-Path '/etc/os-release' -PathType Leaf)) { return $false }
    return [bool](Select-String -Path '/etc/os-release' -Pattern '^ID="?debian"?$' -Quiet)
}

function Install-BrowserPrerequisites {
    <#
    Only when browser tests exist (a tests/*/*.csproj with "Browser" in its name) or the
    repository has a package.json: finds a browser the way CI runners provide one (Find-Browser:
    CHROME_PATH, Google Chrome as preinstalled on GitHub's runners, Debian's Chromium) and exports
    it as CHROME_PATH; only on Debian, when there is none, installs Debian's chromium (Ubuntu has
    no such deb, only a snap). Installs a Java runtime for vnu.jar if java is missing, and runs
    npm ci when node_modules is missing or older than package-lock.json.
    Idempotent: does nothing when everything is already in place.
    #>
    $browserProjects = @(Get-TestProject | Where-Object { $_.Name -like '*Browser*' })
    $packageJson = Join-Path $RepoRoot 'package.json'
    $hasPackageJson = Test-Path $packageJson -PathType Leaf
    if ($browserProjects.Count -eq 0 -and -not $hasPackageJson) {
        return
    }

    $browser = Find-Browser
    if ($null -eq $browser) {
        if (-not (Test-IsDebian)) {
            throw ('no Chrome or Chromium found (looked at CHROME_PATH, ' + ($BrowserCandidates -join ', ') +
                '): install Google Chrome or Chromium and set CHROME_PATH to its executable. ' +
                "(Debian's package 'chromium' is only installed automatically on Debian; on Ubuntu it is a snap.)")
        }
        Install-DebianPackage 'chromium'
        $browser = Find-Browser
        if ($null -eq $browser) {
            throw 'apt-get install chromium succeeded but /usr/bin/chromium is still missing.'
        }
    }
    # The browser tests and Lighthouse read CHROME_PATH (tests/Relevare.Static.BrowserTests/Infrastructure/NodeTools.cs).
    $env:CHROME_PATH = $browser
    Write-Host "browser for the tests: $browser"

    # The Nu Html Checker (vnu.jar, from npm) needs a Java runtime; its own installer would download one.
    if ($hasPackageJson -and -not (Get-Command java -CommandType Application -ErrorAction SilentlyContinue)) {
        Install-DebianPackage 'default-jre-headless'
    }

    if ($hasPackageJson) {
        $lock = Join-Path $RepoRoot 'package-lock.json'
        if (-not (Test-Path $lock -PathType Leaf)) {
            throw 'package.json exists but package-lock.json does not: run npm install and commit package-lock.json (npm ci needs it).'
        }
        $nodeModules = Join-Path $RepoRoot 'node_modules'
        $installedLock = Join-Path $nodeModules '.package-lock.json'
        # npm writes node_modules/.package-lock.json on every install: missing or older than the lock = stale.
        $stale = -not (Test-Path $installedLock -PathType Leaf)
        # -Force: PowerShell treats dot-files as hidden, and Get-Item skips hidden items without it.
        if (-not $stale) {
            $stale = (Get-Item -LiteralPath $lock).LastWriteTimeUtc -gt (Get-Item -Force -LiteralPath $installedLock).LastWriteTimeUtc
        }
        if ($stale) {
            Write-Host '> npm ci'
            Invoke-Native npm @('ci', '--no-audit', '--no-fund', '--loglevel=error') -Quiet
        }
    }
}

function Read-TrxCounter {
    param([Parameter(Mandatory)][System.Xml.XmlElement]$Counters, [Parameter(Mandatory)][string]$Name)
    $value = $Counters.GetAttribute($Name)
    if ([string]::IsNullOrEmpty($value)) { return 0 }
    return [int]$value
}

function Get-TrxSkipReason {
    <# The reason a skipped test gives, as the TRX file records it (ErrorInfo/Message or the test's output). #>
    param([Parameter(Mandatory)][System.Xml.XmlElement]$Result)
    foreach ($tag in 'Message', 'StdOut', 'Text') {
        $node = $Result.GetElementsByTagName($tag) | Select-Object -First 1
        if ($null -ne $node -and -not [string]::IsNullOrWhiteSpace($node.InnerText)) {
            return (($node.InnerText -split "`n" | ForEach-Object { $_.Trim() }) -join ' ').Trim()
        }
    }
    return '(no reason recorded)'
}

function Write-TestTiming {
    <#
    Per test class: the summed durations of its tests, from the TRX files (informational only: nothing passes or
    fails on time). Written to artifacts/test-results/timings.tsv (project, class, tests, seconds), the ten
    slowest printed. Fixtures' set-up (e.g. packing the tool once) is in no test's duration, only in the
    project's wall time printed with its counts.
    #>
    param([string[]]$TrxFiles)
    $rows = [System.Collections.Generic.List[object]]::new()
    foreach ($path in $TrxFiles) {
        [xml]$doc = Get-Content -Raw -LiteralPath $path
        $project = [System.IO.Path]::GetFileNameWithoutExtension($path)
        $classOf = @{}
        foreach ($test in $doc.DocumentElement.GetElementsByTagName('UnitTest')) {
            $method = $test.GetElementsByTagName('TestMethod') | Select-Object -First 1
            if ($null -ne $method) { $classOf[$test.GetAttribute('id')] = $method.GetAttribute('className') }
        }
        $byClass = @{}
        foreach ($result in $doc.DocumentElement.GetElementsByTagName('UnitTestResult')) {
            $duration = $result.GetAttribute('duration')
            if ([string]::IsNullOrEmpty($duration)) { continue }
            $class = $classOf[$result.GetAttribute('testId')]
            if ($null -eq $class) { $class = '?' }
            if (-not $byClass.ContainsKey($class)) { $byClass[$class] = @(0, 0.0) }
            $byClass[$class] = @(($byClass[$class][0] + 1), ($byClass[$class][1] + [TimeSpan]::Parse($duration, [cultureinfo]::InvariantCulture).TotalSeconds))
        }
        foreach ($class in $byClass.Keys) {
            $rows.Add([pscustomobject]@{ Project = $project; Class = $class; Tests = $byClass[$class][0]; Seconds = $byClass[$class][1] })
        }
    }
    if ($rows.Count -eq 0) { return }
    $sorted = @($rows | Sort-Object -Property Seconds -Descending)
    $tsv = @("project`tclass`ttests`tseconds") + @($sorted | ForEach-Object {
            "$($_.Project)`t$($_.Class)`t$($_.Tests)`t$($_.Seconds.ToString('0.0', [cultureinfo]::InvariantCulture))" })
    New-Item -ItemType Directory -Force -Path $TestResultsRoot | Out-Null
    Set-Content -LiteralPath (Join-Path $TestResultsRoot 'timings.tsv') -Value $tsv
    Write-Host 'Slowest test classes (summed test durations; all in artifacts/test-results/timings.tsv):'
    $sorted | Select-Object -First 10 | ForEach-Object {
        Write-Host ('  {0,7:0.0} s  {1,4} tests  {2}' -f $_.Seconds, $_.Tests, $_.Class)
    }
}

function Invoke-Test {
    Invoke-Restore
    Invoke-FormatCheck
    Invoke-Build
    Install-BrowserPrerequisites

    $projects = @(Get-TestProject)
    $failedRuns = [System.Collections.Generic.List[string]]::new()
    $trxFiles = [System.Collections.Generic.List[string]]::new()
    $lines = [System.Collections.Generic.List[string]]::new()
    $skippedTests = [System.Collections.Generic.List[string]]::new()
    $passed = 0; $failed = 0; $skipped = 0

    foreach ($project in $projects) {
        $name = $project.BaseName
        $resultsDir = Join-Path $TestResultsRoot $name
        if (Test-Path $resultsDir) { Remove-Item -Recurse -Force $resultsDir }
        $testArgs = @('test', $project.FullName, '-c', $Configuration, '--no-build',
            '--logger', "trx;LogFileName=$name.trx", '--results-directory', $resultsDir)
        Write-Host "> $(Format-CommandLine dotnet $testArgs)"
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        & dotnet @testArgs | Out-Host
        $code = $LASTEXITCODE
        $seconds = [int]$watch.Elapsed.TotalSeconds

        $projectTrx = @(if (Test-Path $resultsDir) { Get-ChildItem -Path $resultsDir -Filter '*.trx' -Recurse -File })
        $p = 0; $f = 0; $s = 0
        foreach ($trx in $projectTrx) {
            $trxFiles.Add($trx.FullName)
            [xml]$doc = Get-Content -Raw -LiteralPath $trx.FullName
            $counters = $doc.DocumentElement.GetElementsByTagName('Counters') | Select-Object -First 1
            if ($null -eq $counters) {
                $failedRuns.Add("$name (no Counters in $($trx.Name))")
                continue
            }
            $total = Read-TrxCounter $counters 'total'
            $executed = Read-TrxCounter $counters 'executed'
            $p += Read-TrxCounter $counters 'passed'
            # error/timeout/aborted are failures too; they are 0 in a normal run.
            $f += (Read-TrxCounter $counters 'failed') + (Read-TrxCounter $counters 'error') +
                (Read-TrxCounter $counters 'timeout') + (Read-TrxCounter $counters 'aborted')
            $s += [Math]::Max(0, $total - $executed)
            foreach ($result in $doc.DocumentElement.GetElementsByTagName('UnitTestResult')) {
                if ($result.GetAttribute('outcome') -eq 'NotExecuted') {
                    $skippedTests.Add("  skipped: $($result.GetAttribute('testName')): $(Get-TrxSkipReason $result)")
                }
            }
        }
        $passed += $p; $failed += $f; $skipped += $s

        $note = ''
        if ($code -ne 0) { $failedRuns.Add("$name (dotnet test exit code $code)"); $note += " exit code $code" }
        if ($projectTrx.Count -eq 0) { $failedRuns.Add("$name (no TRX)"); $note += ' no TRX' }
        $lines.Add("  ${name}: passed $p, failed $f, skipped $s$note ($seconds s)")
    }

    Write-Host ''
    Write-TestTiming @($trxFiles)
    Write-Host "Test projects ($($projects.Count)):"
    $lines | ForEach-Object { Write-Host $_ }
    if ($trxFiles.Count -eq 0) {
        Write-Host '  no TRX file found: no tests ran'
    }
    foreach ($run in $failedRuns) { Write-Host "  FAILED: $run" }
    # Every skipped test with its reason (e.g. data from ../shared absent on a clean clone), never silently absent.
    $skippedTests | Sort-Object | ForEach-Object { Write-Host $_ }

    $summary = "$passed passed, $failed failed, $skipped skipped"
    Write-Host $summary

    if ($failed -gt 0 -or $failedRuns.Count -gt 0 -or $trxFiles.Count -eq 0) { return 1 }
    return 0
}

function Invoke-Site {
    Invoke-Native dotnet @('run', '--project', (Join-Path $RepoRoot 'src/Relevare.Static.Cli'), '-c', $Configuration,
        '--', 'build', '--source', '.')
}

function Invoke-Publish {
    Invoke-Native dotnet @('publish', (Join-Path $RepoRoot 'src/Relevare.Static.Cli'), '-c', $Configuration, '-r', 'linux-x64',
        '-p:PublishAot=true', '-o', (Join-Path $RepoRoot 'artifacts/publish'))
    Write-Host "relevare (Native AOT): $(Join-Path $RepoRoot 'artifacts/publish/relevare')"
}

function Invoke-Pack {
    <# The tool package and one package per runtime (ToolPackageRuntimeIdentifiers in the project: Native AOT for
       linux-x64, ReadyToRun for linux-arm64, macOS and Windows x64, plain framework-dependent for 'any'). #>
    $project = Join-Path $RepoRoot 'src/Relevare.Static.Cli'
    $packages = Join-Path $RepoRoot 'artifacts/packages'
    if (Test-Path $packages) { Remove-Item -Recurse -Force -LiteralPath $packages }
    $rids = @((& dotnet msbuild $project -nologo -getProperty:ToolPackageRuntimeIdentifiers).Trim() -split ';' | Where-Object { $_ })
    if ($LASTEXITCODE -ne 0 -or $rids.Count -eq 0) { throw 'could not read ToolPackageRuntimeIdentifiers from the project' }
    Invoke-Native dotnet @('pack', $project, '-c', $Configuration, '-o', $packages)
    foreach ($rid in $rids) {
        Invoke-Native dotnet @('pack', $project, '-c', $Configuration, '-r', $rid, '-o', $packages)
    }
    Get-ChildItem -Path $packages -Filter '*.nupkg' | Sort-Object Name | ForEach-Object { Write-Host "package: $($_.FullName)" }
}

function Invoke-Bench {
    # bench/run.sh publishes its own copies (Native AOT and ReadyToRun) into its work folder.
    Invoke-Native bash (@((Join-Path $RepoRoot 'bench/run.sh')) + $Pages)
}

function Invoke-Clean {
    $skip = @('node_modules', '.git', 'artifacts', '_site')
    $dirs = [System.Collections.Generic.List[string]]::new()
    foreach ($proj in Get-ChildItem -Path $RepoRoot -Filter '*.csproj' -Recurse -File -Depth 4 |
            Where-Object { $rel = [System.IO.Path]::GetRelativePath($RepoRoot, $_.FullName); ($rel -split '[\\/]')[0] -notin $skip }) {
        foreach ($sub in 'bin', 'obj') {
            $dirs.Add((Join-Path $proj.DirectoryName $sub))
        }
    }
    foreach ($top in 'artifacts', '_site', 'TestResults') {
        $dirs.Add((Join-Path $RepoRoot $top))
    }
    foreach ($dir in $dirs) {
        if (Test-Path $dir) {
            Write-Host "removing $([System.IO.Path]::GetRelativePath($RepoRoot, $dir))"
            Remove-Item -Recurse -Force -LiteralPath $dir
        }
    }
}

$exitCode = 0
try {
    switch ($Task) {
        'restore' { Invoke-Restore }
        'format' { Invoke-Restore; Invoke-FormatCheck }
        'build' { Invoke-Restore; Invoke-Build }
        'test' { $exitCode = Invoke-Test }
        'site' { Invoke-Site }
        'publish' { Invoke-Restore; Invoke-Publish }
        'pack' { Invoke-Pack }
        'bench' { Invoke-Bench }
        'clean' { Invoke-Clean }
    }
}
catch {
    Write-Host "build.ps1 ${Task}: $($_.Exception.Message)"
    if ($Task -eq 'test') {
        # CI reads the last line: a set-up step that fails (restore, format, build) counts as one failure.
        Write-Host 'set-up failed before the tests could run'
        Write-Host '0 passed, 1 failed, 0 skipped'
    }
    $exitCode = 1
}
exit $exitCode
