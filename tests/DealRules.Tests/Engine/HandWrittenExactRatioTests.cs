using DealRules.Baselines.HandWritten;

namespace DealRules.Tests.Engine;

/// <summary>The hand-written catalog's ratios: thresholds compared exactly, values rounded half away from zero to four places.</summary>
public sealed class HandWrittenExactRatioTests
{
    [Theory]
    [InlineData("1", "3", "0.3333333333333333333333333333", true)]
    [InlineData("1", "3", "0.3333333333333333333333333334", false)]
    [InlineData("4999999999.99", "10000000000", "0.5", false)]
    [InlineData("5000000000.00", "10000000000", "0.5", true)]
    [InlineData("79228162514264337593543950335", "1", "79228162514264337593543950335", true)]
    [InlineData("79228162514264337593543950334", "0.0000000000000000000000000001", "79228162514264337593543950335", true)]
    public void A_threshold_is_reached_only_by_the_exact_ratio(string numerator, string denominator, string threshold, bool reached)
    {
        Assert.Equal(reached, ExactRatio.AtLeast(decimal.Parse(numerator, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(denominator, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("1", "3", "0.3333")]
    [InlineData("2", "3", "0.6667")]
    [InlineData("0.00005", "1", "0.0001")]
    [InlineData("0.0000499999", "1", "0")]
    [InlineData("79228162514264337593543950335", "3", "26409387504754779197847983445")]
    public void A_ratio_is_shown_rounded_half_away_from_zero_to_four_places(string numerator, string denominator, string shown)
    {
        var value = ExactRatio.Shown(ExactRatio.Rounded(decimal.Parse(numerator, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(denominator, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(shown, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Shares_of_random_amounts_round_as_decimal_division_does()
    {
        var random = new Random(3);
        for (var i = 0; i < 5_000; i++)
        {
            var amount = Math.Round((decimal)random.NextDouble() * 50, 2) * 1_000_000_000m;
            var total = amount + (Math.Round((decimal)random.NextDouble() * 50, 2) * 1_000_000_000m) + 1m;

            Assert.Equal(Math.Round(amount * 100m / total, 4, MidpointRounding.AwayFromZero), ExactRatio.Rounded(amount, total, 100m));
            Assert.Equal(amount * 100m / total >= 75m, ExactRatio.AtLeast(amount, total, 75m, 100m));
        }
    }
}
