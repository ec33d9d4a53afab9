#!/usr/bin/env bash
# Smoke run of the benchmark suite for CI: every benchmark once (in-process, BenchmarkDotNet's dry job) plus the
# HTTP-calls table. Exits non-zero when the build, a benchmark or its setup checks fail. No numbers are judged here.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
artifacts="$(mktemp -d "${TMPDIR:-/tmp}/activepieces-bench-smoke.XXXXXX")"
trap 'rm -rf "$artifacts"' EXIT

cd "$repo_root"
dotnet run -c Release --project benchmarks/Activepieces.Benchmarks/Activepieces.Benchmarks.csproj -- \
  --quick --artifacts "$artifacts"
