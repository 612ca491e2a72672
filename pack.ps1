#!/usr/bin/env pwsh
# Packs NewsCorpus.Generator, NewsCorpus and the newscorpus tool (package NewsCorpus.Cli) into ./artifacts, the
# local feed nuget.config lists, with symbol packages (.snupkg) for the library and the tool. A thin wrapper: CI
# runs the same dotnet pack command in .ci/run.
#   pwsh ./pack.ps1                          # Release
#   pwsh ./pack.ps1 -Configuration Debug
param([string]$Configuration = 'Release')
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
dotnet pack NewsCorpus.Generator.sln --configuration $Configuration --output artifacts
exit $LASTEXITCODE
