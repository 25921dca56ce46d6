using KejaksaanDatun.TestSupport;

namespace KejaksaanDatun.Documents.Tests.Excel;

/// <summary>A real spreadsheet program opens the export and shows the values as an Indonesian reader expects.</summary>
public sealed class ExcelLibreOfficeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("datun-xlsx-").FullName;
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task LibreOffice_reads_the_numbers_amounts_rates_and_dates_as_formatted()
    {
        Assert.True(LibreOffice.IsInstalled, LibreOffice.Missing);
        var injected = KalselRecap.Rows[2] with { Office = "=1+2" };
        var xlsx = Path.Combine(_folder, "rekap.xlsx");
        await File.WriteAllBytesAsync(xlsx, KalselRecap.Table().ToXlsx([KalselRecap.Rows[0], KalselRecap.Rows[1], injected], KalselRecap.Totals));

        // CSV options: comma, double quote, UTF-8, from line 1, …, and the last "true" writes each cell as shown on
        // screen, through its number format (by default LibreOffice writes raw numbers).
        var csv = await File.ReadAllLinesAsync(await LibreOffice.Convert(xlsx, "csv", "Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"));

        Assert.Equal("Pemulihan per Kejari", csv[0].Trim(','));
        Assert.Equal("Kejaksaan Negeri,SKK selesai,Tunggakan diserahkan,Dipulihkan,Tingkat pemulihan,SKK terakhir diterima", csv[3]);
        Assert.Equal("Kejaksaan Negeri Banjarmasin,5,Rp1.050.000.000,Rp52.500.000,\"5,0 %\",8 November 2021", csv[4]);
        Assert.Equal("Kejaksaan Negeri Hulu Sungai Tengah,4,Rp612.754.180,Rp30.637.709,\"5,0 %\",16 Februari 2022", csv[5]);
        // A formula-like text stays the text typed: LibreOffice did not compute 3.
        Assert.StartsWith("=1+2,4,", csv[6]);
        Assert.Equal("Jumlah,13,Rp2.162.754.180,Rp108.137.709,\"5,0 %\",", csv[7]);
    }
}
