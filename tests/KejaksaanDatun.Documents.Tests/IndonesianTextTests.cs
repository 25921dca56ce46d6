namespace KejaksaanDatun.Documents.Tests;

public class IndonesianTextTests
{
    [Theory]
    [InlineData(0, "nol")]
    [InlineData(1, "satu")]
    [InlineData(10, "sepuluh")]
    [InlineData(11, "sebelas")]
    [InlineData(12, "dua belas")]
    [InlineData(19, "sembilan belas")]
    [InlineData(20, "dua puluh")]
    [InlineData(21, "dua puluh satu")]
    [InlineData(100, "seratus")]
    [InlineData(111, "seratus sebelas")]
    [InlineData(200, "dua ratus")]
    [InlineData(1000, "seribu")]
    [InlineData(1001, "seribu satu")]
    [InlineData(1100, "seribu seratus")]
    [InlineData(2000, "dua ribu")]
    [InlineData(11000, "sebelas ribu")]
    [InlineData(100000, "seratus ribu")]
    [InlineData(101000, "seratus satu ribu")]
    [InlineData(1000000, "satu juta")]
    [InlineData(1001000, "satu juta seribu")]
    [InlineData(108137709, "seratus delapan juta seratus tiga puluh tujuh ribu tujuh ratus sembilan")]
    [InlineData(1000000000, "satu miliar")]
    [InlineData(1000000000000, "satu triliun")]
    [InlineData(-1500, "minus seribu lima ratus")]
    public void Terbilang_spells_numbers_in_KBBI_spelling(long number, string expected) =>
        Assert.Equal(expected, IndonesianText.Terbilang(number));

    [Fact]
    public void Terbilang_reaches_999_triliun()
    {
        Assert.Equal(
            "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar " +
            "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
            IndonesianText.Terbilang(999_999_999_999_999m));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndonesianText.Terbilang(1_000_000_000_000_000m));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndonesianText.Terbilang(-1_000_000_000_000_000m));
    }

    [Fact]
    public void Terbilang_refuses_fractions() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IndonesianText.Terbilang(1.5m));

    [Fact]
    public void Terbilang_accepts_whole_numbers_written_with_decimals() =>
        Assert.Equal("dua", IndonesianText.Terbilang(2.00m));

    [Theory]
    [InlineData("1500.50", "seribu lima ratus rupiah lima puluh sen")]
    [InlineData("1500", "seribu lima ratus rupiah")]
    [InlineData("0", "nol rupiah")]
    [InlineData("0.01", "nol rupiah satu sen")]
    [InlineData("108137709", "seratus delapan juta seratus tiga puluh tujuh ribu tujuh ratus sembilan rupiah")]
    [InlineData("-2500.5", "minus dua ribu lima ratus rupiah lima puluh sen")]
    public void TerbilangRupiah_adds_rupiah_and_sen(string amount, string expected) =>
        Assert.Equal(expected, IndonesianText.TerbilangRupiah(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("108137709", "Rp108.137.709")]
    [InlineData("108137709.5", "Rp108.137.709,50")]
    [InlineData("108137709.50", "Rp108.137.709,50")]
    [InlineData("0", "Rp0")]
    [InlineData("999", "Rp999")]
    [InlineData("1000", "Rp1.000")]
    [InlineData("0.005", "Rp0,01")]
    [InlineData("-1234567", "-Rp1.234.567")]
    public void Rupiah_groups_thousands_with_dots_and_shows_sen_when_present(string amount, string expected) =>
        Assert.Equal(expected, IndonesianText.Rupiah(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("108137709", "108.137.709")]
    [InlineData("1234.5", "1.234,5")]
    [InlineData("1234.50", "1.234,5")]
    [InlineData("0", "0")]
    [InlineData("-1000", "-1.000")]
    public void Angka_groups_thousands_and_uses_a_decimal_comma(string number, string expected) =>
        Assert.Equal(expected, IndonesianText.Angka(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Dates_are_written_in_Indonesian()
    {
        var date = new DateOnly(2022, 2, 16);
        Assert.Equal("16 Februari 2022", IndonesianText.Tanggal(date));
        Assert.Equal("Rabu", IndonesianText.Hari(date));
        Assert.Equal("Rabu, 16 Februari 2022", IndonesianText.TanggalPanjang(date));
        Assert.Equal("Februari 2022", IndonesianText.Bulan(date));
        Assert.Equal("Minggu, 1 Januari 2023", IndonesianText.TanggalPanjang(new DateOnly(2023, 1, 1)));
        Assert.Equal("Jumat, 31 Desember 2021", IndonesianText.TanggalPanjang(new DateOnly(2021, 12, 31)));
        string[] months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
        for (var m = 1; m <= 12; m++) Assert.Equal(months[m - 1] + " 2024", IndonesianText.Bulan(new DateOnly(2024, m, 1)));
        string[] days = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
        for (var d = 0; d < 7; d++) Assert.Equal(days[d], IndonesianText.Hari(new DateOnly(2024, 1, 1).AddDays(d)));
    }
}
