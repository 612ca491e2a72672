#!/usr/bin/env pwsh
# Packs NewsCorpus.Generator, NewsCorpus and the newscorpus tool into ./artifacts, the local feed nuget.config
# lists. A thin wrapper: CI runs the same dotnet pack command in .ci/run.
param([string]$Configuration = 'Release')
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
dotnet pack NewsCorpus.Generator.sln --configuration $Configuration --output artifacts
exit $LASTEXITCODE
