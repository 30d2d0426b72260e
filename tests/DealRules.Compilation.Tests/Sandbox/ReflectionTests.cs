namespace DealRules.Compilation.Tests.Sandbox;

/// <summary>Kinds 2 and 3: reflection assembled from allowed pieces, and the library's own I/O, are refused at compile time.</summary>
[Trait("Category", "Slow")]
public sealed class ReflectionTests
{
    public static TheoryData<string, string> Escapes => new()
    {
        { "the Type of a Type", Packs.EveryDeal("((object)5.GetType()).GetType().Name") },
        { "a delegate to Type.GetType", Packs.EveryDeal("Delegate.CreateDelegate(typeof(Func<string, object>), null!, \"GetType\").ToString()!") },
        { "an expression compiled", Packs.EveryDeal("System.Linq.Expressions.Expression.Lambda<Func<string>>(System.Linq.Expressions.Expression.Constant(\"x\")).Compile()()") },
        { "an expression assigning a model property", Packs.EveryDeal("System.Linq.Expressions.Expression.Assign(System.Linq.Expressions.Expression.Constant(deal), System.Linq.Expressions.Expression.Constant(deal)).ToString()") },
        { "an expression's parts", "public static class Walk { public static object Body(System.Linq.Expressions.Expression<Func<int>> e) => e.Body; }\n" + Packs.EveryDeal("\"x\"") },
        { "a delegate's method", "public static class Walk { public static object Method(Func<int> f) => f.Method; }\n" + Packs.EveryDeal("\"x\"") },
        { "typeof", Packs.EveryDeal("typeof(DealFact).Name") },
        { "a record's EqualityContract", "public record Probe(int X) { public string Name => EqualityContract.Name; }\n" + Packs.EveryDeal("\"x\"") },
        { "the culture of the process", Packs.EveryDeal("(System.Globalization.CultureInfo.DefaultThreadCurrentCulture = null) == null ? \"a\" : \"b\"") },
        { "an encoding provider", "public static class Enc { public static void Set() => System.Text.Encoding.RegisterProvider(null!); }\n" + Packs.EveryDeal("\"x\"") },
        { "the garbage collector", Packs.EveryDeal("GC.GetTotalMemory(false).ToString()") },
        { "a module initializer", "public static class Init { [System.Runtime.CompilerServices.ModuleInitializer] public static void Run() { } }\n" + Packs.EveryDeal("\"x\"") },
        { "the document reader", Packs.EveryDeal("DealRules.Documents.DealDocumentReader.ReadFile(\"/etc/passwd\").ToString()!") },
        { "the profile reader", Packs.EveryDeal("DealRules.Profiles.ProfileReader.ReadFile(\"/etc/passwd\", null!).ToString()!") },
        { "the report spool", Packs.EveryDeal("new DealRules.Reporting.ReportSpool(\"/tmp\").ToString()!") },
        { "a thread", Packs.EveryDeal("new System.Threading.Thread(() => { }).Name!") },
        { "an untyped reference", "public static class Ref { public static int Get() { int x = 1; var r = __makeref(x); return __refvalue(r, int); } }\n" + Packs.EveryDeal("\"x\"") },
        { "async code", "public static class Later { public static async void Go() { await new Later2(); } } public sealed class Later2 { public System.Runtime.CompilerServices.TaskAwaiter GetAwaiter() => default; }\n" + Packs.EveryDeal("\"x\"") },
        { "a lock", "public static class Locked { private static readonly string Gate = \"g\"; public static int Run() { lock (Gate) { return 1; } } }\n" + Packs.EveryDeal("\"x\"") },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void Reflection_and_io_are_refused(string escape, string source)
    {
        var compiled = Packs.Compile(source);

        Assert.False(compiled.Succeeded, $"{escape}: the pack compiled");
        Assert.All(compiled.Errors, e => Assert.True(e.IsError));
    }
}
