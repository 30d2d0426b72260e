using DealRules.Analyzers.DR2000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR2000;

public sealed class RulePackMustNotUseForbiddenApiTests
{
    private const string Header = """
        using DealRules.Authoring;
        using Files = System.IO.File;
        using static System.Console;

        """;

    [Fact]
    public Task Forbidden_apis_in_a_rule_are_reported_however_spelled() =>
        Verify<RulePackMustNotUseForbiddenApi>.Analyzer(Verify<RulePackMustNotUseForbiddenApi>.Usings + Header + """
            public sealed class LeakyRule : Rule
            {
                private static int {|DR2005:counter|};

                public override void Define()
                {
                    string path = null!;
                    When().Match(() => path, p => {|DR2005:Files.Exists(p)|});
                    Then()
                        .Do(ctx => {|DR2005:WriteLine(path)|})
                        .Do(ctx => {|DR2005:global::System.Environment.GetEnvironmentVariable(path)|}.Trim())
                        .Do(ctx => {|DR2005:new System.Net.Http.HttpClient()|}.Dispose())
                        .Do(ctx => ctx.Insert({|DR2005:typeof(System.Diagnostics.Process)|}));
                }
            }
            """);

    [Fact]
    public Task Pure_rule_code_and_code_outside_rules_are_not_reported() =>
        Verify<RulePackMustNotUseForbiddenApi>.Analyzer(Verify<RulePackMustNotUseForbiddenApi>.Usings + """
            public sealed class PureRule : Rule
            {
                private static readonly string[] Words = { "a", "b" };

                public override void Define()
                {
                    string text = null!;
                    When().Match(() => text, t => Words.Contains(t) && Math.Max(t.Length, 1) > 0);
                    Then().Do(ctx => ctx.Halt());
                }
            }

            public static class Host
            {
                public static void Main() => Console.WriteLine(System.IO.File.Exists("deal.json"));
            }
            """);
}

public sealed class RulePackSandboxSpellingTests
{
    [Fact]
    public Task Reflection_interop_generic_arguments_and_attributes_are_refused() =>
        Verify<RulePackMustNotUseForbiddenApi>.Analyzer(Verify<RulePackMustNotUseForbiddenApi>.Usings + """
            public sealed class SneakyRule : Rule
            {
                [{|DR2005:System.Runtime.InteropServices.DllImport("libc")|}]
                private static extern int {|DR2005:getpid|}();

                [{|DR2005:System.Reflection.Obfuscation|}]
                public override void Define()
                {
                    string text = null!;
                    When().Match(() => text, t => {|DR2005:typeof(string).GetMethod(t)|} != null);
                    Then()
                        .Do(ctx => ctx.Insert({|DR2005:Activator.CreateInstance(typeof(object))|}))
                        .Do(ctx => ctx.Insert({|DR2005:new List<System.IO.FileInfo>()|}));
                }
            }
            """);
}
