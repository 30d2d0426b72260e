#!/usr/bin/env bash
# Measures what the DealRules analyzer adds to a build: generates a project of N realistic rules
# (default 500) in a temporary folder, builds it with and without the analyzer, side by side,
# several times each, and prints the medians and the ratio. Also prints the analyzer's own time from
# -p:ReportAnalyzer=true. Usage: tests/analyzer-performance/run.sh [RULES] [RUNS]
set -euo pipefail
rules=${1:-500}
runs=${2:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
[ -n "${KEEP:-}" ] && echo "work folder: $work" || trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/DealRules.Analyzers" -c Release -nologo -v:q >/dev/null
dotnet build "$root/src/DealRules" -c Release -nologo -v:q >/dev/null
lib="$root/src/DealRules/bin/Release/net10.0"
analyzer="$root/src/DealRules.Analyzers/bin/Release/netstandard2.0/DealRules.Analyzers.dll"
nrules=$(dirname "$(find ~/.nuget/packages/nrules.fluent/1.0.4/lib/netstandard2.1 -name NRules.Fluent.dll)")

project() { # $1 folder, $2 with analyzer (true/false)
  mkdir -p "$1"
  cat > "$1/Rules.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>disable</ImplicitUsings></PropertyGroup>
  <ItemGroup>
    <Reference Include="DealRules" HintPath="$lib/DealRules.dll" />
    <Reference Include="DealRules.Authoring" HintPath="$lib/DealRules.Authoring.dll" />
    <Reference Include="NRules.Fluent" HintPath="$nrules/NRules.Fluent.dll" />
    <Reference Include="NRules.RuleModel" HintPath="$(dirname "$(find ~/.nuget/packages/nrules.rulemodel/1.0.4/lib/netstandard2.1 -name NRules.RuleModel.dll)")/NRules.RuleModel.dll" />
  </ItemGroup>
XML
  if [ "$2" = true ]; then echo "  <ItemGroup><Analyzer Include=\"$analyzer\" /></ItemGroup>" >> "$1/Rules.csproj"; fi
  echo "</Project>" >> "$1/Rules.csproj"
  cat > "$1/Parameters.cs" <<'CS'
using DealRules.Authoring;
[assembly: RuleParameter("perf.threshold", 50, ParameterKind.Percent)]
CS
  for i in $(seq 1 "$rules"); do
    n=$(printf "%03d" $((i % 1000)))
    cat > "$1/Rule$i.cs" <<CS
using System.Collections.Generic;
using System.Linq;
using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;
using NRules.Fluent.Dsl;

namespace Generated;

[RuleId("STRAT$n")]
[RuleTitle("Generated rule $i")]
[RuleCategory(Category.Strategic)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Info)]
public sealed class GeneratedRule$i : Rule
{
    public override void Define()
    {
        RuleParameters parameters = default!;
        InvestmentFact investment = default!;
        InvestorLink link = default!;
        IEnumerable<RightFact> rights = default!;

        When()
            .Match(() => parameters)
            .Match(() => investment, x => x.Investment.Amount > $i && x.Investment.StakePercent <= parameters["perf.threshold"])
            .Match(() => link, l => l.Scope == investment.Scope && l.Investor.Id == investment.Investment.Investor)
            .Query(() => rights, q => q.Match<RightFact>(r => r.Right.Holder == link.Investor.Id).Collect().Where(c => c.Any()));

        Then()
            .Yield(ctx => ctx.Finding(Severity.Info, Describe(investment, rights.Count()))
                .About(link.Investor.Id, link.Investee.Id)
                .With("rights", rights.Count())
                .From(investment.Pointer));
    }

    private static string Describe(InvestmentFact investment, int rights) =>
        investment.Investor.Name + " holds " + rights + " rights (" + Wording.Money(investment.Investment.Amount ?? 0, investment.Scope.Currency) + ")";
}
CS
  done
}

project "$work/without" false
project "$work/with" true
(cd "$work/without" && dotnet restore -nologo -v:q >/dev/null)
(cd "$work/with" && dotnet restore -nologo -v:q >/dev/null)

build_ms() { # $1 folder -> milliseconds of one full rebuild
  local start end
  start=$(date +%s%N)
  (cd "$1" && dotnet build --no-restore --no-incremental -nologo -v:q >/dev/null)
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }

# Warm the compiler server on both sides, then alternate the two builds so that drift in the
# machine's load falls on both alike.
build_ms "$work/without" >/dev/null
build_ms "$work/with" >/dev/null
a=(); b=()
for _ in $(seq 1 "$runs"); do
  a+=("$(build_ms "$work/without")")
  b+=("$(build_ms "$work/with")")
done
without=$(printf '%s\n' "${a[@]}" | median)
with=$(printf '%s\n' "${b[@]}" | median)
analyzer_time=$(cd "$work/with" && dotnet build --no-restore --no-incremental -nologo -v:d -p:ReportAnalyzer=true 2>/dev/null \
  | grep -E "DealRules.Analyzers, Version" | head -1 | sed -E 's/^\s+//')
echo "rules: $rules; runs each: $runs, alternated (median of full rebuilds, ms)"
echo "without: ${a[*]}"
echo "with:    ${b[*]}"
echo "build without analyzer: $without"
echo "build with analyzer:    $with"
awk -v a="$with" -v b="$without" 'BEGIN { printf "added build time: %.1f%%\n", (a - b) * 100 / b }'
echo "ReportAnalyzer (seconds summed over threads, share of all analyzer time): ${analyzer_time:-(not reported)}"
