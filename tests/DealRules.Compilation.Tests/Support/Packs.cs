using DealRules.Documents;

namespace DealRules.Compilation.Tests;

/// <summary>Rule pack sources for tests: the usings and catalog metadata every pack file starts with.</summary>
internal static class Packs
{
    public const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing DealRules.Authoring;\nusing DealRules.Facts;\nusing NRules.Fluent.Dsl;\n";

    public static string Metadata(string id = "STRAT101") => $$"""
        [RuleId("{{id}}")]
        [RuleTitle("Test rule {{id}}")]
        [RuleCategory(Category.Strategic)]
        [RulePerspective(Perspective.Market)]
        [DefaultSeverity(Severity.Info)]

        """;

    /// <summary>A rule that reports every deal with the message its action computes from <c>deal</c>.</summary>
    public static string EveryDeal(string message, string condition = "", string id = "STRAT101") => Metadata(id) + $$"""
        public sealed class EveryDealRule{{id}} : Rule
        {
            public override void Define()
            {
                DealFact deal = default!;
                When().Match(() => deal{{(condition.Length > 0 ? ", d => " + condition : "")}});
                Then().Yield(ctx => ctx.Finding(Severity.Info, {{message}}).From(deal.StatusPointer));
            }
        }
        """;

    public static RulePackCompilation Compile(string source, string file = "Pack.cs") =>
        RulePackCompiler.Compile([(file, Usings + source)], "test");

    /// <summary>One sample deal, enough for a rule to fire on.</summary>
    public static DealDocument[] OneDeal => [TestFiles.Samples[0]];
}
