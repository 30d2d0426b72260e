using DealRules.Engine;
using NRules;

namespace DealRules.Tests.Engine;

/// <summary>
/// Sessions running at once never share a session factory: NRules 1.0.4 fills a plain dictionary of a
/// factory's on first use by each session, so two sessions of one factory at once can corrupt it.
/// </summary>
public sealed class SessionFactoryPoolTests
{
    [Fact]
    public void Sessions_running_at_once_hold_different_factories()
    {
        var compiled = 0;
        var pool = new SessionFactoryPool(Compile(), () =>
        {
            compiled++;
            return Compile();
        });

        using var first = pool.Rent();
        using var second = pool.Rent();

        Assert.NotSame(first.Factory, second.Factory);
        Assert.Equal(1, compiled);
    }

    [Fact]
    public void A_factory_given_back_is_taken_again_without_compiling()
    {
        var compiled = 0;
        var pool = new SessionFactoryPool(Compile(), () =>
        {
            compiled++;
            return Compile();
        });

        ISessionFactory used;
        using (var lease = pool.Rent())
        {
            used = lease.Factory;
        }

        using var again = pool.Rent();

        Assert.Same(used, again.Factory);
        Assert.Equal(0, compiled);
    }

    private static ISessionFactory Compile() => new RuleCompiler().Compile(Array.Empty<NRules.RuleModel.IRuleDefinition>());
}
