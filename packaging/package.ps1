<#
.SYNOPSIS
  Builds wsarena's Windows packages: a jlinked runtime, then jpackage (app image, .msi or .exe).

.DESCRIPTION
  The Windows twin of packaging/package.sh, reading the same argfiles:
    jlink.args, common.args, windows-image.args (the app image), windows.args (the installer).
  Output in target\jpackage\: runtime\ (jlink), input\ (jar + libraries), out\ (the packages).

  The installer needs the WiX Toolset on PATH (3.x, or 4/5 with its Util and UI extensions);
  packaging\README.md says how to install it. The app image needs nothing but a JDK 25.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\package.ps1
  # mvn package, then target\jpackage\out\wsarena\ (app image) and wsarena-<version>.msi
.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\package.ps1 -Type app-image -SkipBuild
.EXAMPLE
  mvn -Ppackage -DskipTests package   # Maven builds the jar, then calls this with -SkipBuild
#>
param(
  # app-image, msi, exe, or all (app image + .msi)
  [ValidateSet('all', 'app-image', 'msi', 'exe')]
  [string]$Type = 'all',
  # use target\wsarena.jar as it is instead of running mvn package first
  [switch]$SkipBuild,
  # X.Y.Z; default: the jar's Implementation-Version, i.e. pom.xml
  [string]$Version = '',
  # a JDK 25 with jlink and jpackage; default: $env:WSARENA_JDK, then $env:JAVA_HOME
  [string]$Jdk = ''
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Fail([string]$message) {
  Write-Host "package.ps1: $message" -ForegroundColor Red
  exit 1
}

# Runs a native command and stops with its name when it fails. Its exit code decides, not its
# stderr: Windows PowerShell 5.1 turns a tool's stderr lines into errors when its own output is
# redirected (as under Maven), and 'Stop' would then end the script on a mere warning.
function Invoke-Tool([string]$tool, [string[]]$arguments) {
  $ErrorActionPreference = 'Continue'
  & $tool @arguments
  if ($LASTEXITCODE -ne 0) { Fail "$(Split-Path -Leaf $tool) failed (exit code $LASTEXITCODE)" }
}

$root = Split-Path -Parent $PSScriptRoot
Set-Location $root

if (-not $Jdk) {
  foreach ($candidate in @($env:WSARENA_JDK, $env:JAVA_HOME)) {
    if ($candidate -and (Test-Path (Join-Path $candidate 'bin\jpackage.exe'))) { $Jdk = $candidate; break }
  }
  if (-not $Jdk) { Fail 'no JDK with jpackage found; install Temurin 25 and set JAVA_HOME, or pass -Jdk DIR' }
}
$jlink = Join-Path $Jdk 'bin\jlink.exe'
$jpackage = Join-Path $Jdk 'bin\jpackage.exe'
if (-not ((Test-Path $jlink) -and (Test-Path $jpackage))) { Fail "$Jdk has no jlink/jpackage; pass a full JDK 25 with -Jdk" }
$release = Get-Content (Join-Path $Jdk 'release') -ErrorAction SilentlyContinue | Select-String 'JAVA_VERSION="25'
if (-not $release) { Fail "$Jdk is not a JDK 25 (its release file says otherwise); jlink and jpackage must match the runtime" }

if (-not $SkipBuild) {
  Write-Host 'package.ps1: building target\wsarena.jar (mvn package, tests skipped)'
  Invoke-Tool 'mvn' @('-q', '-B', '-DskipTests', 'package')
}
$jar = Join-Path $root 'target\wsarena.jar'
if (-not (Test-Path $jar)) { Fail 'target\wsarena.jar is missing; run mvn -DskipTests package first' }

if (-not $Version) {
  Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
  $zip = [System.IO.Compression.ZipFile]::OpenRead($jar)
  try {
    $reader = New-Object System.IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())
    $manifest = $reader.ReadToEnd()
    $reader.Close()
  } finally { $zip.Dispose() }
  if ($manifest -match 'Implementation-Version:\s*(\S+)') { $Version = $Matches[1] }
  else { Fail 'target\wsarena.jar has no Implementation-Version; pass -Version' }
}
# The .msi wants plain numbers, at most three: 0.2.0-SNAPSHOT -> 0.2.0
$appVersion = ($Version -split '-')[0]
if ($appVersion -notmatch '^\d+(\.\d+){0,2}$') { Fail "version $Version is not of the form X.Y.Z" }

$types = if ($Type -eq 'all') { @('app-image', 'msi') } else { @($Type) }
$work = Join-Path $root 'target\jpackage'
# Packages of other types in out\ stay; jpackage refuses to overwrite an existing app image.
foreach ($stale in @("$work\input", "$work\runtime")) {
  if (Test-Path $stale) { Remove-Item -Recurse -Force $stale }
}
foreach ($t in $types) {
  $stale = if ($t -eq 'app-image') { "$work\out\wsarena" } else { "$work\out\*.$t" }
  if (Test-Path $stale) { Remove-Item -Recurse -Force $stale }
}
New-Item -ItemType Directory -Force -Path "$work\input\lib", "$work\out" | Out-Null

# The app and its libraries, without JavaFX: JavaFX is linked into the runtime as modules.
Copy-Item $jar "$work\input\"
Get-ChildItem 'target\lib\*.jar' | Where-Object { $_.Name -notlike 'javafx-*' } |
  Copy-Item -Destination "$work\input\lib\"
# The Autobahn|Testsuite and Jython for `wsarena conformance`, in their own folder beside the
# libraries and off the class path, as in target\lib (about 55 MB, most of it Jython).
if (-not (Test-Path 'target\lib\autobahn-testsuite')) { Fail 'target\lib\autobahn-testsuite is missing; rebuild with mvn package' }
Copy-Item -Recurse 'target\lib\autobahn-testsuite' "$work\input\lib\"
# The platform JavaFX jars (javafx-graphics-25.0.2-win.jar, ...); the plain ones are empty.
$fxJars = @(Get-ChildItem 'target\lib\javafx-*-*-*.jar' | Sort-Object Name)
if ($fxJars.Count -eq 0) { Fail 'no platform JavaFX jars in target\lib (javafx-*-<version>-win.jar); rebuild with mvn package' }

Write-Host "package.ps1: linking the runtime with $jlink"
Invoke-Tool $jlink @('@packaging/jlink.args', '--module-path', (($fxJars | ForEach-Object FullName) -join ';'), '--output', "$work\runtime")

# jlink leaves the DLLs inside the JavaFX jars behind. JavaFX loads them from the runtime's
# bin\javafx\ when they are there, and otherwise unpacks them into %USERPROFILE%\.openjfx\cache:
# ship them in the runtime so nothing is written to the user's profile.
Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
$fxNatives = New-Item -ItemType Directory -Force -Path "$work\runtime\bin\javafx"
foreach ($fxJar in $fxJars) {
  $zip = [System.IO.Compression.ZipFile]::OpenRead($fxJar.FullName)
  try {
    foreach ($entry in $zip.Entries | Where-Object { $_.Name -like '*.dll' }) {
      [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, (Join-Path $fxNatives $entry.Name), $true)
    }
  } finally { $zip.Dispose() }
}
if (-not (Test-Path "$fxNatives\glass.dll")) { Fail "the JavaFX DLLs did not reach $fxNatives" }

foreach ($t in $types) {
  $arguments = @('@packaging/common.args', '@packaging/windows-image.args')
  if ($t -ne 'app-image') {
    $arguments += '@packaging/windows.args'
  }
  $arguments += @('--type', $t, '--app-version', $appVersion, '--input', "$work\input",
    '--runtime-image', "$work\runtime", '--dest', "$work\out")
  Write-Host "package.ps1: jpackage --type $t (version $appVersion)"
  Invoke-Tool $jpackage $arguments
}

Write-Host 'package.ps1: done:'
Get-ChildItem "$work\out" | ForEach-Object { Write-Host "  $($_.FullName)" }
