using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace IucRecruit.Testing;

/// <summary>Keeps every log message the app writes, so a test can check that something was
/// logged (a refused hub call, a dropped frame).</summary>
public sealed class TestLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message)> entries = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Message)> Entries => entries.ToList();

    public bool Contains(string text) => entries.Any(e => e.Message.Contains(text, StringComparison.Ordinal));

    /// <summary>From now on: the lines logged after this call, so that a test whose app (and log)
    /// is shared by a whole class checks only what it caused, not what an earlier test left.</summary>
    public LogWindow StartWindow() => new(this, entries.Count);

    public sealed class LogWindow(TestLogs logs, int start)
    {
        public IReadOnlyList<(LogLevel Level, string Category, string Message)> Entries => logs.entries.Skip(start).ToList();

        public bool Contains(string text) => Entries.Any(e => e.Message.Contains(text, StringComparison.Ordinal));
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(LogLevel, string, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) entries.Enqueue((logLevel, category, formatter(state, exception)));
        }
    }
}
