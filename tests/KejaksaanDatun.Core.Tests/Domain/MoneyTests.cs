using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Tests.Domain;

public class MoneyTests
{
    [Theory]
    [InlineData("1.250.000", 125_000_000L)]
    [InlineData("1250000", 125_000_000L)]
    [InlineData("Rp1.250.000", 125_000_000L)]
    [InlineData("Rp 108.137.709", 10_813_770_900L)]
    [InlineData("1.250.000,5", 125_000_050L)]
    [InlineData("0", 0L)]
    [InlineData("12,75", 1_275L)]
    public void Indonesian_amounts_are_read_exactly(string text, long sen)
    {
        Assert.True(Money.TryParse(text, out var money));
        Assert.Equal(sen, money.Sen);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.25.000")]
    [InlineData("1,2,3")]
    [InlineData("12,345")]
    [InlineData("1e6")]
    [InlineData("1.250.000,")]
    [InlineData("9999999999999999")]
    public void Text_that_is_not_an_amount_is_refused(string text) => Assert.False(Money.TryParse(text, out _));

    [Fact]
    public void Amounts_print_as_rupiah_with_sen_only_when_present()
    {
        Assert.Equal("Rp108.137.709", Money.FromRupiah(108_137_709L).ToString());
        Assert.Equal("Rp108.137.709,50", new Money(10_813_770_950L).ToString());
        Assert.Equal("Rp0", Money.Zero.ToString());
    }

    [Fact]
    public void Dates_are_written_the_Indonesian_way() =>
        Assert.Equal("16 Februari 2022", IndonesianFormat.Date(new DateOnly(2022, 2, 16)));
}

public class LateFeeTests
{
    [Theory]
    [InlineData(2025, 1, 2026, 3, 13)]
    [InlineData(2026, 2, 2026, 3, 1)]
    [InlineData(2026, 3, 2026, 3, 1)]
    public void Months_late_count_from_the_month_after_the_period(int py, int pm, int ay, int am, int months) =>
        Assert.Equal(months, LateFee.MonthsLate(new DateOnly(py, pm, 1), new DateOnly(ay, am, 16)));

    [Fact]
    public void Denda_is_two_percent_a_month_rounded_to_the_rupiah() =>
        Assert.Equal(Money.FromRupiah(26_001L), LateFee.For(Money.FromRupiah(100_003L), new DateOnly(2025, 1, 1), new DateOnly(2026, 3, 16)));
}

public class ArrearsLineGeneratorTests
{
    [Fact]
    public void Every_month_of_the_period_gets_a_line_per_program_with_its_denda()
    {
        var monthly = new Dictionary<SocialSecurityProgram, Money>
        {
            [SocialSecurityProgram.Jht] = Money.FromRupiah(484_500L),
            [SocialSecurityProgram.Jkk] = Money.FromRupiah(45_900L),
        };
        var lines = KejaksaanDatun.Core.Features.Skk.ArrearsLineGenerator.Generate(
            new DateOnly(2025, 11, 20), new DateOnly(2026, 10, 3), monthly, new DateOnly(2026, 11, 23));

        Assert.Equal(24, lines.Count);
        Assert.Equal(new DateOnly(2025, 11, 1), lines[0].Period);
        Assert.Equal(SocialSecurityProgram.Jkk, lines[0].Program);
        Assert.Equal("10.098", lines[0].Denda);
        Assert.Equal("484.500", lines[^1].Iuran);
        Assert.Equal("9.690", lines[^1].Denda);
        Assert.Equal(new DateOnly(2026, 10, 1), lines[^1].Period);
    }
}
