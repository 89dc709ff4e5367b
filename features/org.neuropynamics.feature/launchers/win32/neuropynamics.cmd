@echo off
rem Launcher of an installed Neuropynamics Workbench (no native launcher is shipped).
rem   neuropynamics              opens the workbench
rem   neuropynamics COMMAND ...  runs a headless command (try: neuropynamics --help)
rem Needs Java 21 or newer: JAVA_HOME or java on PATH.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo neuropynamics: Java 21 or newer is required and none was found. Install Temurin 21+ from https://adoptium.net or set JAVA_HOME. 1>&2
  exit /b 2
)
for %%F in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%F"
if not defined LAUNCHER (
  echo neuropynamics: plugins\org.eclipse.equinox.launcher_*.jar is missing; the installation is incomplete. 1>&2
  exit /b 2
)
set "VMARGS=-Xms128m -Xmx4g -Djava.awt.headless=true -Dosgi.requiredJavaVersion=21"
if "%~1"=="" (
  start "" "%JAVA%w" %VMARGS% -jar "%LAUNCHER%" -data "%USERPROFILE%\.neuropynamics\workspace" -nosplash
) else (
  "%JAVA%" %VMARGS% -Dorg.neuropynamics.cli.name=neuropynamics -jar "%LAUNCHER%" -nosplash -data @none -application org.neuropynamics.cli.app %*
)
