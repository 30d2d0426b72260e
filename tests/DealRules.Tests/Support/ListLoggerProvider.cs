using Microsoft.Extensions.Logging;

namespace DealRules.Tests.Support;

/// <summary>Keeps every message logged, with its level, in a list (thread-safe).</summary>
internal sealed class ListLoggerProvider(List<(LogLevel Level, string Message)> logged) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new ListLogger(logged);

    public void Dispose()
    {
    }

    private sealed class ListLogger(List<(LogLevel, string)> logged) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (logged)
            {
                logged.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
