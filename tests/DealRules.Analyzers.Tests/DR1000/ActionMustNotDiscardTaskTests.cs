using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class ActionMustNotDiscardTaskTests
{
    [Fact]
    public Task Action_calling_a_task_returning_method_is_reported() =>
        Verify<ActionMustNotDiscardTask>.Analyzer(Verify<ActionMustNotDiscardTask>.Usings + """
            public sealed class NotifyRule : Rule
            {
                public override void Define()
                {
                    string text = null!;
                    When().Match(() => text);
                    Then().Do(ctx => {|DR1014:SendAsync(text)|}).Do(ctx => {|DR1014:Ping()|});
                }

                private static Task SendAsync(string text) => Task.CompletedTask;
                private static ValueTask<int> Ping() => new(1);
            }
            """);

    [Fact]
    public Task Synchronous_calls_in_actions_are_correct() =>
        Verify<ActionMustNotDiscardTask>.Analyzer(Verify<ActionMustNotDiscardTask>.Usings + """
            public sealed class SyncRule : Rule
            {
                public override void Define()
                {
                    string text = null!;
                    When().Match(() => text);
                    Then().Do(ctx => Send(text));
                }

                private static void Send(string text) => Console.WriteLine(text);
            }
            """);
}
