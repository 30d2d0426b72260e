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

    [Fact]
    public Task Task_waited_for_or_whose_result_is_used_is_correct() =>
        Verify<ActionMustNotDiscardTask>.Analyzer(Verify<ActionMustNotDiscardTask>.Usings + """
            public sealed class WaitRule : Rule
            {
                public override void Define()
                {
                    string text = null!;
                    When().Match(() => text);
                    Then()
                        .Do(ctx => SendAsync(text).GetAwaiter().GetResult())
                        .Do(ctx => SendAsync(text).ConfigureAwait(false).GetAwaiter().GetResult())
                        .Do(ctx => SendAsync(text).Wait())
                        .Do(ctx => Console.WriteLine(CountAsync(text).Result))
                        .Do(ctx => Task.WaitAll(new[] { SendAsync(text), SendAsync(text) }));
                }

                private static Task SendAsync(string text) => Task.CompletedTask;
                private static Task<int> CountAsync(string text) => Task.FromResult(text.Length);
            }
            """);

    [Fact]
    public Task Async_void_helper_called_from_an_action_is_reported() =>
        Verify<ActionMustNotDiscardTask>.Analyzer(
            Verify<ActionMustNotDiscardTask>.Usings + """
            public sealed class FireAndForgetRule : Rule
            {
                public override void Define()
                {
                    string text = null!;
                    When().Match(() => text);
                    Then().Do(ctx => {|#0:Notify(text)|});
                }

                private static async void Notify(string text) => await Task.Delay(1);
            }
            """,
            Verify<ActionMustNotDiscardTask>.Diagnostic(0).WithArguments("Notify", "an async void method"));
}
