using System.Text.Json;
using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Tests.Authoring;

/// <summary>The catalog's format and the wording of enum values, each defined once and used everywhere.</summary>
public sealed class CatalogFormatTests
{
    public static TheoryData<Type> AuthoringEnums => new(typeof(Deal).Assembly.GetExportedTypes().Where(t => t.IsEnum));

    [Theory]
    [MemberData(nameof(AuthoringEnums))]
    public void Enum_values_are_worded_as_the_documents_write_them(Type type)
    {
        var name = typeof(Wording).GetMethod(nameof(Wording.Name))!.MakeGenericMethod(type);

        Assert.All(Enum.GetValues(type).Cast<object>(), value =>
            Assert.Equal(JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()!), (string)name.Invoke(null, [value])!));
    }

    [Theory]
    [InlineData("AiLab", "ai-lab")]
    [InlineData("VendorWarrant", "vendor-warrant")]
    [InlineData("UpTo", "up-to")]
    [InlineData("Medium", "medium")]
    [InlineData("HTTPServer", "http-server")]
    [InlineData("Gpu2Cloud", "gpu2-cloud")]
    public void Kebab_case_splits_words_at_capitals(string name, string expected) =>
        Assert.Equal(expected, Wording.KebabCase(name));

    [Fact]
    public void Every_category_has_its_id_prefix()
    {
        Assert.All(Enum.GetValues<Category>(), category => Assert.Matches("^[A-Z]+$", category.IdPrefix()));
        Assert.Equal(Enum.GetValues<Category>().Length, Enum.GetValues<Category>().Select(c => c.IdPrefix()).Distinct().Count());
    }

    [Theory]
    [InlineData("CIRC001", true)]
    [InlineData("STRAT012", true)]
    [InlineData("circ001", false)]
    [InlineData("CIRC01", false)]
    [InlineData("CIRC0001", false)]
    [InlineData("001", false)]
    public void A_rule_id_is_capitals_and_three_digits(string id, bool wellFormed) =>
        Assert.Equal(wellFormed, CatalogFormat.IsWellFormedId(id));
}
