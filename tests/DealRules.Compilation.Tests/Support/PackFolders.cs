namespace DealRules.Compilation.Tests;

/// <summary>Rule pack folders written to a temporary folder for a test, deleted afterwards.</summary>
internal sealed class PackFolders : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("dealrules-packs-").FullName;

    /// <summary>A pack of one rule that reports every deal with <paramref name="message"/>.</summary>
    public string EveryDeal(string name, string message, string? profile = null)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "EveryDealRule.cs"), $$"""
            using DealRules.Authoring;
            using DealRules.Facts;
            using NRules.Fluent.Dsl;

            [assembly: RuleParameter("test.weight", 1, ParameterKind.Ratio)]

            [RuleId("STRAT101")]
            [RuleTitle("Every deal")]
            [RuleCategory(Category.Strategic)]
            [RulePerspective(Perspective.Market)]
            [DefaultSeverity(Severity.Info)]
            public sealed class EveryDealRule : Rule
            {
                public override void Define()
                {
                    DealFact deal = default!;
                    When().Match(() => deal);
                    Then().Yield(ctx => ctx.Finding(Severity.Info, "{{message}}").From(deal.StatusPointer));
                }
            }
            """);
        if (profile is not null)
        {
            File.WriteAllText(Path.Combine(folder, RulePackLoader.ProfileFileName), profile);
        }

        return folder;
    }

    /// <summary>A pack of one file, <c>Pack.cs</c>, holding the usual usings and <paramref name="source"/>.</summary>
    public string Source(string name, string source)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Pack.cs"), Packs.Usings + source);
        return folder;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
