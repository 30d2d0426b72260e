using System.Reflection;
using System.Runtime.Loader;
using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Profiles;
using DealRules.Reporting;

namespace DealRules.Compilation.Isolation;

/// <summary>
/// A pack's compiled image in the worker, loaded afresh for every evaluation: each evaluation runs on
/// rule objects, statics and closures that no earlier evaluation touched, and the load context it
/// used is unloaded after it. Whatever a pack manages to keep, it keeps for one evaluation only. The
/// next load is prepared while the host reads the answer and its next documents, so that the cost is
/// mostly hidden behind the host's own work.
/// </summary>
internal sealed class LoadedPack
{
    private readonly byte[] image;
    private (DealEvaluator Evaluator, AssemblyLoadContext Context)? unused;
    private Task<(DealEvaluator Evaluator, AssemblyLoadContext Context)>? next;

    private LoadedPack(byte[] image, DealEvaluator evaluator, AssemblyLoadContext context)
    {
        this.image = image;
        unused = (evaluator, context);
        Pack = evaluator.Pack;
    }

    /// <summary>The pack's catalog.</summary>
    public RulePack Pack { get; }

    /// <summary>Loads an image and compiles its rules into a session factory (which runs the rules' constructors and <c>Define</c>).</summary>
    public static (LoadedPack? Pack, string? Refusal) Load(byte[] image)
    {
        try
        {
            var (evaluator, context) = Fresh(image);
            return (new LoadedPack(image, evaluator, context), null);
        }
        catch (Exception e) when (e is RulePackException or BadImageFormatException or ReflectionTypeLoadException)
        {
            return (null, e.Message);
        }
    }

    /// <summary>Evaluates on a fresh load of the pack, then unloads it.</summary>
    public EvaluationReport EvaluateFresh(IReadOnlyCollection<DealDocument> documents, Profile profile)
    {
        var (evaluator, context) = unused ?? next?.GetAwaiter().GetResult() ?? Fresh(image);
        unused = null;
        next = null;
        try
        {
            return evaluator.Evaluate(documents, profile);
        }
        finally
        {
            context.Unload();
            next = Task.Run(() => Fresh(image));
        }
    }

    private static (DealEvaluator Evaluator, AssemblyLoadContext Context) Fresh(byte[] image)
    {
        var context = new AssemblyLoadContext("rule-pack", isCollectible: true);
        try
        {
            using var stream = new MemoryStream(image, writable: false);
            return (new DealEvaluator(RulePack.FromAssembly(context.LoadFromStream(stream))), context);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }
}
