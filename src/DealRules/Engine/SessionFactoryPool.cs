using System.Collections.Concurrent;
using NRules;

namespace DealRules.Engine;

/// <summary>
/// The compiled rules, one session factory for each session running at a time. NRules 1.0.4's session
/// factory is not safe for sessions on several threads at once: its fact identity comparer fills a plain
/// dictionary the first time an aggregate meets a fact type (<c>FactIdentityComparer.GetComparer</c>), and
/// two sessions doing that at once corrupt it (a <see cref="NullReferenceException"/> in
/// <c>Dictionary.TryInsert</c>, met evaluating 100,000 files on 2 cores). So a session takes a factory that
/// no running session holds; another is compiled the first time more sessions run at once than there are
/// factories, and each is kept for the next session (on the same thread when it can: its caches are warm).
/// </summary>
internal sealed class SessionFactoryPool(ISessionFactory first, Func<ISessionFactory> compile)
{
    private readonly ConcurrentBag<ISessionFactory> idle = [first];

    /// <summary>A factory for one session; give it back by disposing of the lease when the session is done.</summary>
    public Lease Rent() => new(this, idle.TryTake(out var factory) ? factory : compile());

    /// <summary>A factory held by one session.</summary>
    internal readonly struct Lease(SessionFactoryPool pool, ISessionFactory factory) : IDisposable
    {
        public ISessionFactory Factory => factory;

        public void Dispose() => pool.idle.Add(factory);
    }
}
