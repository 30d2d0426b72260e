namespace DealRules.Documents;

/// <summary>The list of names asked for, one per document.</summary>
internal sealed partial class JsonObjectReader
{
    /// <summary>
    /// A growing array of <see cref="AskedName"/>s, cut back as objects are finished. Not a
    /// <c>List&lt;AskedName&gt;</c>: the framework's list of a struct of ours is generic code that neither
    /// ReadyToRun image holds, compiled on first use at every start (and run at first tier for a while).
    /// </summary>
    private sealed class AskedNames
    {
        private AskedName[] items = new AskedName[32];

        public int Count { get; private set; }

        public AskedName this[int index] => items[index];

        public void Add(AskedName name)
        {
            if (Count == items.Length)
            {
                var larger = new AskedName[items.Length * 2];
                Array.Copy(items, larger, Count);
                items = larger;
            }

            items[Count++] = name;
        }

        /// <summary>Keeps the first <paramref name="count"/> names (and lets go of the readers of the rest).</summary>
        public void CutTo(int count)
        {
            Array.Clear(items, count, Count - count);
            Count = count;
        }
    }
}
