namespace DealRules.Documents;

/// <summary>
/// Where a value is: its object, its property and its index when it is an item of an array. It is
/// written out as a JSON location (<c>$.investments[0].amount</c>) only when a problem names it, so
/// reading a valid document builds no location at all. The default value is the document's root.
/// </summary>
internal readonly struct PendingLocation
{
    private readonly JsonObjectReader? owner;
    private readonly string? name;
    private readonly int index;

    /// <summary>A property of an object, or the item at <paramref name="index"/> of an array that is one.</summary>
    public PendingLocation(JsonObjectReader owner, string name, int index = -1)
    {
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    /// <summary>The location in the <c>$.a.b[0]</c> form.</summary>
    public override string ToString()
    {
        if (owner is null)
        {
            return JsonPath.Root;
        }

        var property = JsonPath.Property(owner.Path, name!);
        return index < 0 ? property : JsonPath.Index(property, index);
    }
}
