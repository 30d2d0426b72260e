namespace DealRules.Authoring;

/// <summary>The rule catalog's categories. Each has the rule id prefix its rules must use.</summary>
public enum Category
{
    /// <summary>Chip-usage mandates; ids start with <c>CHIP</c>.</summary>
    Chip,
    /// <summary>Multi-cloud flexibility; ids start with <c>CLOUD</c>.</summary>
    Cloud,
    /// <summary>Circular-investment risk; ids start with <c>CIRC</c>.</summary>
    Circular,
    /// <summary>Rights and control; ids start with <c>GOV</c>.</summary>
    Governance,
    /// <summary>Valuation; ids start with <c>VAL</c>.</summary>
    Valuation,
    /// <summary>Strategic position; ids start with <c>STRAT</c>.</summary>
    Strategic,
}

/// <summary>Names and id prefixes of <see cref="Category"/> values.</summary>
public static class CategoryNames
{
    /// <summary>The id prefix a rule of this category must use (<c>CIRC</c> for <see cref="Category.Circular"/>).</summary>
    public static string IdPrefix(this Category category) =>
        CatalogFormat.IdPrefix(category.ToString()) ?? throw new ArgumentOutOfRangeException(nameof(category), category, "unknown category");
}
