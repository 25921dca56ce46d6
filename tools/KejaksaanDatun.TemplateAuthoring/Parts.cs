using DocumentFormat.OpenXml.Wordprocessing;

namespace KejaksaanDatun.TemplateAuthoring;

/// <summary>The parts every Kejaksaan letter shares: kop, number block, addressee, signature, tembusan.</summary>
public static class Parts
{
    public const int Cm = Doc.Cm;
    /// <summary>BodyText text starts under the value column of the Nomor/Perihal block, as in Kejaksaan letters.</summary>
    public const int BodyIndent = 2 * Cm + 420;

    public static readonly Pf BodyText = new() { Align = JustificationValues.Both, Left = BodyIndent, FirstLine = Cm + 140, After = 120 };
    public static readonly Pf BodyFlat = new() { Align = JustificationValues.Both, Left = BodyIndent, After = 120 };

    public static Doc Kop(this Doc doc)
    {
        doc.P("**{{ Kop.NamaInstansi }}**", Pf.Center with { Size = 28 });
        doc.P("{{#if Kop.NamaKejati}}");
        doc.P("**{{ Kop.NamaKejati }}**", Pf.Center with { Size = 28 });
        doc.P("{{/if}}");
        doc.P("**{{ Kop.NamaKantor }}**", Pf.Center with { Size = 32 });
        doc.P("{{ Kop.Alamat }}", Pf.Center with { Size = 18 });
        // Each contact line shows only when the office has it, so no empty labels are printed.
        doc.P("{{#if Kop.Telepon}}Telp. {{ Kop.Telepon }}{{/if}}{{#if Kop.Email}}  •  Email: {{ Kop.Email }}{{/if}}{{#if Kop.Laman}}  •  Laman: {{ Kop.Laman }}{{/if}}",
            Pf.Center with { Size = 18, RuleBelow = true, After = 240 });
        return doc;
    }

    /// <summary>Place and date on the right; Nomor/Sifat/Lampiran/Perihal on the left beside the addressee.</summary>
    public static Doc LetterHead(this Doc doc)
    {
        var left = 9 * Cm + 300;
        var right = doc.Width - left;
        var field = new Pf { Tabs = [2 * Cm + 170, BodyIndent], Left = BodyIndent, Hanging = BodyIndent };
        var addressee = new Pf { Left = 0 };
        doc.Table([left, right],
        [
            new Row("", "{{ Kop.Kota }}, {{ Tanggal | tanggal }}") { Size = 24 },
            new Row(
                new Cell("\n" + string.Join('\n',
                    "Nomor\t:\t{{ Nomor }}", "Sifat\t:\t{{ Sifat }}", "Lampiran\t:\t{{ Lampiran }}", "Perihal\t:\t**{{ Perihal }}**")) { Format = field },
                new Cell("\nKepada Yth.\n{{ Tujuan.Jabatan }}\n**{{ Tujuan.Nama }}**\n{{ Tujuan.Alamat }}\ndi –\n**__{{ Tujuan.Kota | upper }}__**") { Format = addressee })
            { Size = 24 },
        ], borders: false);
        doc.P("", new Pf { After = 120 });
        return doc;
    }

    /// <summary>A centred title with its number underneath, for orders, powers of attorney and records.</summary>
    public static Doc Title(this Doc doc, string title, bool number = true, string? subtitle = null)
    {
        doc.P($"**__{title}__**", Pf.Center with { Size = 26 });
        if (subtitle is not null) doc.P($"**{subtitle}**", Pf.Center);
        if (number) doc.P("Nomor: {{ Nomor }}", Pf.Center);
        doc.P("", new Pf { After = 120 });
        return doc;
    }

    public static Doc Signature(this Doc doc, bool place = false)
    {
        var block = new Pf { Left = doc.Width / 2, Align = JustificationValues.Center, KeepNext = true };
        doc.P("", new Pf { After = 120, KeepNext = true });
        if (place) doc.P("{{ Penandatangan.Kota }}, {{ Tanggal | tanggal }}", block);
        doc.P("{{#if Penandatangan.AtasNama}}");
        doc.P("{{ Penandatangan.AtasNama }}", block);
        doc.P("{{/if}}");
        doc.P("**{{ Penandatangan.Jabatan }},**", block);
        doc.Blank(3);
        doc.P("**__{{ Penandatangan.Nama }}__**", block with { KeepNext = true });
        doc.P("{{ Penandatangan.Pangkat }}", block);
        doc.P("NIP. {{ Penandatangan.Nip }}", block with { KeepNext = false });
        return doc;
    }

    public static Doc Tembusan(this Doc doc)
    {
        doc.P("{{#if Tembusan}}");
        doc.P("", new Pf { After = 120 });
        doc.P("__Tembusan__:", new Pf { Size = 20 });
        doc.P("{{#each Tembusan}}");
        doc.P("{{ @index }}.\t{{ this }}", new Pf { Size = 20, Tabs = [400], Left = 400, Hanging = 400 });
        doc.P("{{/each}}");
        doc.P("{{/if}}");
        return doc;
    }

    /// <summary>The arrears table: one row per month and programme, then the totals.</summary>
    public static Doc ArrearsTable(this Doc doc, int indent = 0)
    {
        var width = doc.Width - indent;
        int[] widths = [550, 1750, 1900, 0, 0, 0];
        var rest = width - widths.Take(3).Sum();
        widths[3] = rest * 34 / 100; widths[4] = rest * 31 / 100; widths[5] = rest - widths[3] - widths[4];
        var center = new Pf { Align = JustificationValues.Center };
        var money = new Pf { Align = JustificationValues.Right };
        doc.Table(widths,
        [
            new Row(Bold("No", center), Bold("Periode", center), Bold("Program", center), Bold("Iuran", center), Bold("Denda", center), Bold("Jumlah", center)) { Header = true, Shade = true, Size = 20 },
            new Row(new Cell("{{#each Tunggakan.Baris}}{{ @index }}") { Format = center }, "{{ Periode | bulan }}", "{{ Program }}",
                new Cell("{{ Iuran | rupiah }}") { Format = money }, new Cell("{{ Denda | rupiah }}") { Format = money },
                new Cell("{{ Jumlah | rupiah }}{{/each}}") { Format = money }) { Size = 20 },
            new Row(Bold("Jumlah", center, 3), Bold("{{ Tunggakan.TotalIuran | rupiah }}", money), Bold("{{ Tunggakan.TotalDenda | rupiah }}", money),
                Bold("{{ Tunggakan.Total | rupiah }}", money)) { Size = 20 },
        ], indent: indent);
        doc.P("", new Pf { After = 60 });
        return doc;
    }

    public static Cell Bold(string text, Pf format, int span = 1) => new($"**{text}**", span) { Format = format };

    /// <summary>"Label : value" lines with aligned colons, indented under the body.</summary>
    public static Doc Fields(this Doc doc, int indent, int labelWidth, params (string Label, string Value)[] fields)
    {
        var format = new Pf { Tabs = [indent + labelWidth, indent + labelWidth + 250], Left = indent + labelWidth + 250, Hanging = labelWidth + 250, Align = JustificationValues.Left };
        foreach (var (label, value) in fields) doc.P($"{label}\t:\t{value}", format);
        doc.P("", new Pf { After = 60 });
        return doc;
    }

    /// <summary>A numbered point under the body: "1." hanging, text justified.</summary>
    public static Doc Point(this Doc doc, string number, string text, int indent = BodyIndent) =>
        doc.P($"{number}\t{text}", new Pf { Align = JustificationValues.Both, Tabs = [indent + 450], Left = indent + 450, Hanging = 450, After = 80 });
}
