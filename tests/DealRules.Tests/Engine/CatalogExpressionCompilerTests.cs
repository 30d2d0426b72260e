using System.Linq.Expressions;
using DealRules.Engine;
using DealRules.Reporting;
using DealRules.Strategic;
using DealRules.Tests.Support;

namespace DealRules.Tests.Engine;

public sealed class CatalogExpressionCompilerTests
{
    [Fact]
    public void Catalog_compiled_fast_reports_what_NRules_own_compiler_reports()
    {
        var documents = Corpus.ReadAll();
        var pack = RulePack.FromAssemblyOf<StrategicRules>();

        var fast = ReportJsonWriter.ToJson(DealEvaluator.ForCatalog(pack).Evaluate(documents));
        var own = ReportJsonWriter.ToJson(new DealEvaluator(pack).Evaluate(documents));

        Assert.Equal(own, fast);
        Assert.Contains("\"ruleId\": \"CIRC001\"", fast, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_tree_of_the_catalog_compiles_fast()
    {
        var before = CatalogExpressionCompiler.FallbackCount;

        _ = DealEvaluator.ForCatalog(RulePack.FromAssemblyOf<StrategicRules>());

        // Another test may fall back at the same time only with a tree the catalog does not hold.
        Assert.Equal(before, CatalogExpressionCompiler.FallbackCount);
    }

    [Fact]
    public void Decimal_arithmetic_and_closures_compile_to_the_same_results()
    {
        var threshold = 0.25m;
        Expression<Func<decimal, decimal, bool>> ratio = (spent, invested) => invested != 0 && spent / invested >= threshold;

        var compiled = CatalogExpressionCompiler.Instance.Compile(ratio);

        Assert.True(compiled(30m, 100m));
        Assert.False(compiled(20m, 100m));
        Assert.False(compiled(20m, 0m));
        threshold = 0.1m;
        Assert.True(compiled(20m, 100m));
    }

    [Fact]
    public void A_tree_the_fast_compiler_declines_is_compiled_by_the_runtime()
    {
        var before = CatalogExpressionCompiler.FallbackCount;
        var value = Expression.Parameter(typeof(int), "value");
        // A RuntimeVariables node: FastExpressionCompiler does not compile it, Expression.Compile does.
        var body = Expression.Block(Expression.RuntimeVariables(value), Expression.Add(value, Expression.Constant(1)));
        var tree = Expression.Lambda<Func<int, int>>(body, value);

        var compiled = CatalogExpressionCompiler.Instance.Compile(tree);

        Assert.Equal(42, compiled(41));
        Assert.True(CatalogExpressionCompiler.FallbackCount > before);
    }
}
