using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class RuleClassMustHavePublicParameterlessConstructorTests
{
    [Fact]
    public Task Rule_with_only_a_constructor_taking_arguments_is_reported() =>
        Verify<RuleClassMustHavePublicParameterlessConstructor>.Analyzer(Verify<RuleClassMustHavePublicParameterlessConstructor>.Usings + """
            public sealed class {|DR1002:ThresholdRule|} : Rule
            {
                private readonly int threshold;
                public ThresholdRule(int threshold) => this.threshold = threshold;
                public override void Define() { string s = null!; When().Match(() => s, x => x.Length > threshold); Then().Do(ctx => ctx.Halt()); }
            }
            """);

    [Fact]
    public Task Rule_with_a_private_parameterless_constructor_is_reported() =>
        Verify<RuleClassMustHavePublicParameterlessConstructor>.Analyzer(Verify<RuleClassMustHavePublicParameterlessConstructor>.Usings + """
            public sealed class {|DR1002:SingletonRule|} : Rule
            {
                private SingletonRule() { }
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }
            """);

    [Fact]
    public Task Implicit_or_explicit_public_parameterless_constructor_is_not_reported() =>
        Verify<RuleClassMustHavePublicParameterlessConstructor>.Analyzer(Verify<RuleClassMustHavePublicParameterlessConstructor>.Usings + """
            public sealed class ImplicitRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }

            public sealed class BothRule : Rule
            {
                private readonly int threshold;
                public BothRule() : this(3) { }
                public BothRule(int threshold) => this.threshold = threshold;
                public override void Define() { string s = null!; When().Match(() => s, x => x.Length > threshold); Then().Do(ctx => ctx.Halt()); }
            }
            """);
}
