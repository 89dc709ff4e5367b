@echo off
rem Launcher of an installed Neuropynamics Workbench (no native launcher is shipped).
rem   neuropynamics              opens the workbench
rem   neuropynamics COMMAND ...  runs a headless command (try: neuropynamics --help)
rem Needs Java 21 or newer: JAVA_HOME or java on PATH.
rem Commands run on a plain class path (the jars cli-bundles.txt names, org.neuropynamics.cli.Main), not in
rem the OSGi product; after the first command of a build, a start-up cache in %LOCALAPPDATA%\neuropynamics\cache
rem (see README "Command-line start-up") makes them start in a fraction of a second. NEUROPYNAMICS_OSGI=1 runs
rem commands in the OSGi product as before; NEUROPYNAMICS_CACHE=DIR or off moves the cache or turns it off.
setlocal
set "HERE=%~dp0"
rem java without starting a JVM to look for it (that alone took ~0.2 s per command)
set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java"
if not defined JAVA for %%X in (java.exe) do if not "%%~$PATH:X"=="" set "JAVA=%%~dpn$PATH:X"
if not defined JAVA (
  echo neuropynamics: Java 21 or newer is required and none was found. Install Temurin 21+ from https://adoptium.net or set JAVA_HOME. 1>&2
  exit /b 2
)
for %%F in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%F"
if not defined LAUNCHER (
  echo neuropynamics: plugins\org.eclipse.equinox.launcher_*.jar is missing; the installation is incomplete. 1>&2
  exit /b 2
)
set "VMARGS=-Xms128m -Xmx4g -Djava.awt.headless=true -Dosgi.requiredJavaVersion=21 %NEUROPYNAMICS_VMARGS%"
if "%~1"=="" goto workbench
if defined NEUROPYNAMICS_OSGI goto osgi
if not exist "%HERE%cli-bundles.txt" goto osgi

rem The class path: for each bundle name in cli-bundles.txt, its jar in plugins\. The start-up cache of this
rem build is named after the first jar, the CLI's; it is used when it holds a copy of every jar.
set "CACHEROOT="
if defined LOCALAPPDATA set "CACHEROOT=%LOCALAPPDATA%\neuropynamics\cache"
if defined NEUROPYNAMICS_CACHE set "CACHEROOT=%NEUROPYNAMICS_CACHE%"
if /i "%NEUROPYNAMICS_CACHE%"=="off" set "CACHEROOT="
if /i "%NEUROPYNAMICS_CACHE%"=="none" set "CACHEROOT="
set "CP="
set "CACHE="
set "CACHED="
set "MISSING="
for /f "usebackq eol=# tokens=1" %%B in ("%HERE%cli-bundles.txt") do call :addjar %%B
if defined MISSING exit /b 2
rem the serial collector starts fastest; unless the user chose a collector in NEUROPYNAMICS_VMARGS
set "GC=-XX:+UseSerialGC"
if defined NEUROPYNAMICS_VMARGS if not "%NEUROPYNAMICS_VMARGS:GC=%"=="%NEUROPYNAMICS_VMARGS%" set "GC="
set "CLIARGS=-Dorg.neuropynamics.cli.name=neuropynamics"
if not defined CACHED goto plain
"%JAVA%" "@%CACHE%\cli.args" %VMARGS% %GC% "-Dorg.neuropynamics.cli.cache=%CACHE%" %CLIARGS% "-Dorg.neuropynamics.cli.launcher=%HERE%neuropynamics.cmd" org.neuropynamics.cli.Main %*
exit /b %errorlevel%

:plain
set "CACHEARG="
if defined CACHE set CACHEARG="-Dorg.neuropynamics.cli.cache=%CACHE%"
"%JAVA%" %VMARGS% %GC% -cp "%CP%" %CACHEARG% %CLIARGS% "-Dorg.neuropynamics.cli.launcher=%HERE%neuropynamics.cmd" org.neuropynamics.cli.Main %*
exit /b %errorlevel%

:osgi
rem Headless command line in the OSGi product: no display needed, no workspace, logs to stderr.
"%JAVA%" %VMARGS% -Dorg.neuropynamics.cli.name=neuropynamics "-Dorg.neuropynamics.cli.launcher=%HERE%neuropynamics.cmd" -jar "%LAUNCHER%" -nosplash -data @none -application org.neuropynamics.cli.app %*
exit /b %errorlevel%

:workbench
start "" "%JAVA%w" %VMARGS% -jar "%LAUNCHER%" -data "%USERPROFILE%\.neuropynamics\workspace" -nosplash
exit /b 0

:addjar
set "JAR="
for %%J in ("%HERE%plugins\%~1_*.jar") do set "JAR=%%~fJ"
if not defined JAR (
  echo neuropynamics: plugins\%~1_*.jar is missing; the installation is incomplete. 1>&2
  set "MISSING=1"
  goto :eof
)
for %%J in ("%JAR%") do set "NAME=%%~nxJ"
if not defined CP if defined CACHEROOT for %%J in ("%JAR%") do set "CACHE=%CACHEROOT%\%%~nJ"
if not defined CP if defined CACHE if exist "%CACHE%\cli.args" set "CACHED=1"
if not exist "%CACHE%\lib\%NAME%" set "CACHED="
if defined CP set "CP=%CP%;%JAR%"
if not defined CP set "CP=%JAR%"
goto :eof
