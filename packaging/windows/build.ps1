# Builds the Windows installer: PyInstaller bundle, runtimes beside the exe,
# self-test, then Inno Setup. Run from the repository root in the build venv:
#   pwsh packaging/windows/build.ps1 [-Variant cpu|cuda|vulkan]
param([string]$Variant = "cpu")
$ErrorActionPreference = "Stop"

$version = python -c "import llamadesk; print(llamadesk.__version__)"
New-Item -ItemType Directory -Force build | Out-Null
# Version resource for the exe (PyInstaller's format).
$parts = ($version.Split(".") + @("0", "0", "0"))[0..3] -join ", "
@"
VSVersionInfo(
  ffi=FixedFileInfo(filevers=($parts), prodvers=($parts)),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('CompanyName', 'LlamaDesk developers'),
    StringStruct('FileDescription', 'LlamaDesk'),
    StringStruct('FileVersion', '$version'),
    StringStruct('ProductName', 'LlamaDesk'),
    StringStruct('ProductVersion', '$version')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
"@ | Set-Content -Encoding utf8 build/windows-version.txt

python -m llamadesk.ui.i18n --compile
python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/llamadesk.spec

# llama.cpp's DLLs need the MSVC runtime and OpenMP (vcomp140.dll). Users may not
# have the VC++ redistributable, so the DLLs travel beside the exe.
$redist = Get-ChildItem "${env:VCToolsRedistDir}x64\Microsoft.VC*.CRT" -Directory | Select-Object -First 1
$openmp = Get-ChildItem "${env:VCToolsRedistDir}x64\Microsoft.VC*.OpenMP" -Directory | Select-Object -First 1
foreach ($dll in @(Get-ChildItem "$redist\*.dll") + @(Get-ChildItem "$openmp\*.dll")) {
    Copy-Item $dll.FullName dist/llamadesk/ -Force
    Copy-Item $dll.FullName dist/llamadesk/_internal/llama_cpp/lib/ -Force
}

$env:QT_QPA_PLATFORM = "offscreen"
dist/llamadesk/llamadesk.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "self-test failed" }

& "${env:ProgramFiles(x86)}\Inno Setup 6\iscc.exe" "/DAppVersion=$version" "/DVariant=$Variant" packaging/windows/llamadesk.iss
if ($LASTEXITCODE -ne 0) { throw "iscc failed" }
