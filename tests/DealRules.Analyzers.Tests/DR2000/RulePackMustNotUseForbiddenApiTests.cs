using DealRules.Analyzers.DR2000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR2000;

public sealed class RulePackMustNotUseForbiddenApiTests
{
    private const string Catalog = """
        using DealRules.Authoring;
        using DealRules.Facts;

        """;

    private const string Metadata = """
        [RuleId("STRAT101")]
        [RuleTitle("Test")]
        [RuleCategory(Category.Strategic)]
        [RulePerspective(Perspective.Market)]
        [DefaultSeverity(Severity.Info)]

        """;

    private static Task Pack(string source) =>
        Verify<RulePackMustNotUseForbiddenApi>.PackAnalyzer(("/Pack.cs", Verify<RulePackMustNotUseForbiddenApi>.Usings + Catalog + source));

    [Fact]
    public Task A_catalog_rule_is_checked_however_the_api_is_spelled_and_an_ordinary_rule_is_not() =>
        Verify<RulePackMustNotUseForbiddenApi>.Analyzer(Verify<RulePackMustNotUseForbiddenApi>.Usings + Catalog + """
            using Files = System.IO.File;
            using static System.Console;

            """ + Metadata + """
            public sealed class LeakyRule : Rule
            {
                public override void Define()
                {
                    DealFact deal = null!;
                    When().Match(() => deal, d => {|DR2005:Files.Exists(d.Deal.Title)|});
                    Then()
                        .Do(ctx => {|DR2005:WriteLine(deal.Deal.Id)|})
                        .Do(ctx => {|DR2005:global::System.Environment.GetEnvironmentVariable(deal.Deal.Id)|}.Trim());
                }
            }

            public sealed class OrdinaryApplicationRule : Rule
            {
                public override void Define()
                {
                    string path = null!;
                    When().Match(() => path, p => System.IO.File.Exists(p));
                    Then().Do(ctx => Console.WriteLine(path));
                }
            }
            """);

    [Fact]
    public Task Reflection_built_from_allowed_pieces_is_refused() => Pack(Metadata + """
        public sealed class ReflectiveRule : Rule
        {
            public override void Define()
            {
                DealFact deal = null!;
                When().Match(() => deal, d => {|DR2005:((object)5).GetType()|}.GetType() != null);
                Then()
                    .Do(ctx => {|DR2005:Delegate.CreateDelegate(null!, null!, "GetType")|}.ToString())
                    .Do(ctx => {|DR2005:System.Linq.Expressions.Expression.Constant(deal)|}.ToString())
                    .Do(ctx => {|DR2005:typeof(DealFact)|}.ToString());
            }
        }
        """);

    [Fact]
    public Task Expression_trees_may_be_passed_on_but_not_compiled_or_taken_apart() => Pack("""
        public static class Patterns
        {
            public static ILeftHandSideExpression Deals(this ILeftHandSideExpression lhs, System.Linq.Expressions.Expression<Func<DealFact>> alias) =>
                lhs.Match(alias);

            public static Func<DealFact> Compiled(System.Linq.Expressions.Expression<Func<DealFact>> alias) => {|DR2005:alias.Compile()|};

            public static object Body(System.Linq.Expressions.Expression<Func<DealFact>> alias) => {|DR2005:alias.Body|};
        }
        """);

    [Fact]
    public Task Halting_the_session_and_acting_on_facts_the_pack_does_not_declare_are_refused() => Pack(Metadata + """
        public sealed class SilencingRule : Rule
        {
            public override void Define()
            {
                Finding finding = null!;
                DealFact deal = null!;
                When().Match(() => finding).Match(() => deal);
                Then()
                    .Do(ctx => {|DR2005:ctx.Halt()|})
                    .Do(ctx => {|DR2005:ctx.Retract(finding)|})
                    .Do(ctx => {|DR2005:ctx.Insert((object)deal)|})
                    .Do(ctx => ctx.Insert(new Derived(deal.Deal.Id)));
            }
        }

        public sealed record Derived(string DealId);
        """);

    [Fact]
    public Task State_that_outlives_an_evaluation_is_refused() => Pack(Metadata + """
        public sealed class RememberingRule : Rule
        {
            private static readonly List<string> {|DR2005:Seen|} = new();
            private static readonly System.Collections.Immutable.ImmutableArray<string> Words = System.Collections.Immutable.ImmutableArray.Create("a");
            private const int Limit = 3;
            private int {|DR2005:count|};

            public string {|DR2005:Last|} { get; set; } = "";

            public override void Define()
            {
                DealFact deal = null!;
                var {|DR2005:titles|} = new List<string>();
                var threshold = Limit + Words.Length;
                When().Match(() => deal, d => d.Deal.Title.Length > threshold && titles.Count >= 0);
                Then().Do(ctx => titles.Add(deal.Deal.Title));
            }
        }
        """);

    [Fact]
    public Task Parameters_declared_beside_the_rule_are_immutable_and_allowed() => Pack(Metadata + """
        public sealed class ThresholdRule : Rule
        {
            public static readonly ParameterDefinition Threshold = new("test.threshold", 5m, ParameterKind.Count, "Fires from this length.");
            private static ParameterDefinition {|DR2005:replaceable|} = Threshold;

            public override void Define()
            {
                RuleParameters parameters = null!;
                DealFact deal = null!;
                When().Match(() => parameters).Match(() => deal, d => d.Deal.Title.Length >= parameters[Threshold] && replaceable != null);
                Then().Yield(ctx => ctx.Finding(Wording.Name(deal.Status)).From(deal.StatusPointer));
            }
        }
        """);

    [Fact]
    public Task Finalizers_stackalloc_culture_and_encoding_setters_are_refused() => Pack("""
        public sealed class Noisy
        {
            ~{|DR2005:Noisy|}() { }

            public static int Stack()
            {
                Span<byte> {|DR2005:bytes = {|DR2005:stackalloc byte[16]|}|};
                return 0;
            }

            public static void Culture() =>
                {|DR2005:System.Globalization.CultureInfo.DefaultThreadCurrentCulture|} = System.Globalization.CultureInfo.InvariantCulture;

            public static void Encoding() => {|DR2005:System.Text.Encoding.RegisterProvider(null!)|};
        }
        """);

    [Fact]
    public Task Generated_code_markers_hide_nothing() =>
        Verify<RulePackMustNotUseForbiddenApi>.PackAnalyzer(("/Rule.g.cs", """
            // <auto-generated/>
            public static class Hidden
            {
                public static void Write() => {|DR2005:System.IO.File.WriteAllText("x", "y")|};
            }
            """));

    [Fact]
    public Task Computing_with_text_numbers_collections_and_the_authoring_api_is_allowed() => Pack(Metadata + """
        public sealed class PlainRule : Rule
        {
            private static readonly System.Collections.Immutable.ImmutableArray<string> Kinds =
                System.Collections.Immutable.ImmutableArray.Create("ai-lab");

            public override void Define()
            {
                RuleParameters parameters = null!;
                DealFact deal = null!;
                IEnumerable<InvestmentFact> investments = null!;
                When()
                    .Match(() => parameters)
                    .Match(() => deal, d => Kinds.Contains(d.Deal.Id) || d.Deal.Parties.Count > 1)
                    .Query(() => investments, q => q.Match<InvestmentFact>(i => i.Scope == deal.Scope).Collect().Where(c => c.Any()));
                Then().Yield(ctx => ctx.Finding(Severity.Info, Describe(deal, investments.Sum(i => i.Investment.Amount ?? 0m)))
                    .About(deal.Deal.Parties.Select(p => p.Id).ToArray())
                    .With("count", investments.Count()));
            }

            private static string Describe(DealFact deal, decimal total)
            {
                var text = new System.Text.StringBuilder();
                foreach (var party in deal.Deal.Parties.OrderBy(p => p.Id, StringComparer.Ordinal))
                {
                    text.Append(party.Name).Append(", ");
                }

                return $"{text} {Wording.Money(total, deal.Deal.Currency)} {Math.Round(total, 2).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            }
        }
        """);

    [Fact]
    public Task What_an_attack_on_the_sandbox_found_is_refused() => Pack(Metadata + """
        public sealed class ServiceRule : Rule
        {
            public override void Define()
            {
                DealFact deal = default!;
                When().Match(() => deal);
                Then()
                    .Do(ctx => {|DR2005:ctx.Resolve<DealFact>()|}.ToString())
                    .Do(ctx => {|DR2005:ctx.Update(deal, d => d.ToString())|})
                    .Do(ctx => {|DR2005:string.Intern(deal.Deal.Id)|}.ToString());
            }
        }

        public static class Store
        {
            private static readonly StringComparer {|DR2005:Comparer|} = StringComparer.Ordinal;

            public static event Func<string>? {|DR2005:Remembered|};

            static {|DR2005:Store|}()
            {
            }
        }

        public sealed class {|DR2005:LayoutAttribute|} : FlagsAttribute
        {
        }
        """ + """

        namespace System.Runtime.InteropServices.Fake
        {
            public sealed class {|DR2005:Overlay|}
            {
            }
        }
        """);

    [Fact]
    public Task An_extern_local_function_is_refused_like_an_extern_method() => Pack(Metadata + """
        public sealed class NativeRule : Rule
        {
            public override void Define()
            {
                DealFact deal = null!;
                When().Match(() => deal);
                Then().Do(ctx => Run(deal.Deal.Id));
            }

            private static int Run(string command)
            {
                {|DR2005:[System.Runtime.InteropServices.DllImport("libc")] static extern int system(string c);|}
                return system(command);
            }
        }
        """);

    [Fact]
    public Task Attributes_on_local_functions_lambdas_and_their_parameters_are_checked() => Pack("""
        public static class Helpers
        {
            public static int Local()
            {
                {|DR2005:[System.Runtime.CompilerServices.SkipLocalsInit] static int L() => 1;|}
                return L();
            }

            public static string LocalParameter()
            {
                {|DR2005:static string L([System.Runtime.CompilerServices.CallerFilePath] string p = "") => p;|}
                return L();
            }

            public static int Lambda()
            {
                var f = {|DR2005:[System.Runtime.CompilerServices.SkipLocalsInit] () => 1|};
                return f();
            }

            public static string LambdaParameter()
            {
                var f = {|DR2005:([System.Runtime.CompilerServices.CallerFilePath] string p = "") => p|};
                return f("");
            }
        }
        """);

    [Fact]
    public Task An_alias_assigned_through_a_nested_deconstruction_or_a_ref_local_is_state() => Pack(Metadata + """
        public sealed class ReassignedAliasRule : Rule
        {
            public override void Define()
            {
                DealFact deal = null!;
                DealFact {|DR2005:kept|} = null!;
                DealFact {|DR2005:other|} = null!;
                When().Match(() => deal).Match(() => kept, k => k == deal).Match(() => other, o => o == deal);
                Then().Do(ctx => deal.Deal.Title.Trim());
                ((kept, _), _) = ((deal, 1), 2);
                ref DealFact r = ref other;
                r = deal;
            }
        }
        """);

    [Fact]
    public Task A_captured_local_of_an_immutable_type_written_at_evaluation_is_state() => Pack("""
        public static class Counter
        {
            public static bool Next(ref int n) => ++n > 0;
        }

        """ + Metadata + """
        public sealed class CountingRule : Rule
        {
            public override void Define()
            {
                DealFact deal = null!;
                int {|DR2005:seen|} = 0;
                var limit = 3;
                limit = limit + 1;
                When().Match(() => deal, d => Counter.Next(ref seen) && d.Deal.Title.Length > limit);
                Then().Do(ctx => deal.Deal.Title.Trim());
            }
        }
        """);

    [Fact]
    public Task A_captured_tuple_whose_field_is_written_at_evaluation_is_state() => Pack("""
        public static class Counter
        {
            public static bool Next(ref int n) => ++n > 0;
        }

        """ + Metadata + """
        public sealed class TupleCountingRule : Rule
        {
            public override void Define()
            {
                DealFact deal = null!;
                (int Count, int Unused) {|DR2005:box|} = default;
                (int Count, int Unused) {|DR2005:other|} = (0, 0);
                When().Match(() => deal, d => Counter.Next(ref box.Count) && Counter.Next(ref other.Count));
                Then().Do(ctx => deal.Deal.Title.Trim());
            }
        }
        """);

    [Fact]
    public Task A_parameter_a_rule_method_passes_to_its_lambdas_is_state_like_a_local() => Pack("""
        public static class Counter
        {
            public static bool Next(ref int n) => ++n > 0;
        }

        """ + Metadata + """
        public sealed class ParameterStateRule : Rule
        {
            public override void Define() => Build(0, new List<string>(), 3);

            private void Build(int {|DR2005:seen|}, List<string> {|DR2005:titles|}, int limit)
            {
                DealFact deal = null!;
                When().Match(() => deal, d => Counter.Next(ref seen) && titles.Count >= 0 && d.Deal.Title.Length > limit);
                Then().Do(ctx => titles.Add(deal.Deal.Title));
            }
        }
        """);
}
