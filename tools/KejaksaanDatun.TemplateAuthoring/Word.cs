using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KejaksaanDatun.TemplateAuthoring;

/// <summary>Paragraph layout: alignment, indents and spacing in twips (1 cm = 567).</summary>
public sealed record Pf
{
    public JustificationValues? Align { get; init; }
    public int Left { get; init; }
    public int Hanging { get; init; }
    public int FirstLine { get; init; }
    public int Before { get; init; }
    public int After { get; init; }
    public int[] Tabs { get; init; } = [];
    public int? Size { get; init; }
    public bool KeepNext { get; init; }
    public bool RuleBelow { get; init; }

    public static readonly Pf Normal = new();
    public static readonly Pf Center = new() { Align = JustificationValues.Center };
    public static readonly Pf Right = new() { Align = JustificationValues.Right };
    public static readonly Pf Justify = new() { Align = JustificationValues.Both };
}

/// <summary>
/// A small document builder for letter templates. Text uses three markers: **bold**, __underline__ and
/// ~~italic~~; a tab is \t. Template tags are written whole in one run, as a person typing them in Word would.
/// </summary>
public sealed class Doc
{
    public const int Cm = 567;
    public const string Font = "Arial";
    private readonly List<OpenXmlElement> body = [];
    public bool Landscape { get; init; }
    public int PageWidth => Landscape ? 16838 : 11906;
    public int MarginLeft => Landscape ? 2 * Cm : 3 * Cm;
    public int MarginRight => 2 * Cm;
    /// <summary>Width of the text area in twips.</summary>
    public int Width => PageWidth - MarginLeft - MarginRight;

    public Doc Add(OpenXmlElement element) { body.Add(element); return this; }

    public Doc P(string text, Pf? format = null) => Add(Para(text, format ?? Pf.Normal));

    public Doc Blank(int count = 1)
    {
        for (var i = 0; i < count; i++) P("");
        return this;
    }

    public static Paragraph Para(string text, Pf format, int defaultSize = 24)
    {
        var props = new ParagraphProperties();
        if (format.KeepNext) props.Append(new KeepNext());
        if (format.RuleBelow)
            props.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.ThickThinSmallGap, Size = 24, Space = 1, Color = "000000" }));
        if (format.Tabs.Length > 0)
            props.Append(new Tabs(format.Tabs.Select(t => new TabStop { Val = TabStopValues.Left, Position = t })));
        props.Append(new SpacingBetweenLines { Before = format.Before.ToString(), After = format.After.ToString(), Line = "240", LineRule = LineSpacingRuleValues.Auto });
        if (format.Left != 0 || format.Hanging != 0 || format.FirstLine != 0)
        {
            var indent = new Indentation { Left = format.Left.ToString() };
            if (format.Hanging != 0) indent.Hanging = format.Hanging.ToString();
            if (format.FirstLine != 0) indent.FirstLine = format.FirstLine.ToString();
            props.Append(indent);
        }
        if (format.Align is { } align) props.Append(new Justification { Val = align });
        var size = format.Size ?? defaultSize;
        if (size != 24) props.Append(new ParagraphMarkRunProperties(new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() }));
        var paragraph = new Paragraph(props);
        foreach (var run in Runs(text, size)) paragraph.Append(run);
        return paragraph;
    }

    private static IEnumerable<Run> Runs(string text, int size)
    {
        bool bold = false, underline = false, italic = false;
        var buffer = new System.Text.StringBuilder();
        var runs = new List<Run>();
        void Flush()
        {
            if (buffer.Length == 0) return;
            var parts = buffer.ToString().Split('\t');
            var props = new RunProperties();
            if (bold) props.Append(new Bold());
            if (italic) props.Append(new Italic());
            if (size != 24) props.Append(new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() });
            if (underline) props.Append(new Underline { Val = UnderlineValues.Single });
            var run = new Run();
            if (props.HasChildren) run.Append(props);
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0) run.Append(new TabChar());
                if (parts[i].Length > 0) run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
            runs.Add(run);
            buffer.Clear();
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && text[i] == text[i + 1] && text[i] is '*' or '_' or '~')
            {
                Flush();
                switch (text[i]) { case '*': bold = !bold; break; case '_': underline = !underline; break; default: italic = !italic; break; }
                i++;
                continue;
            }
            buffer.Append(text[i]);
        }
        Flush();
        return runs;
    }

    /// <summary>A table; cells are given as text with markers, one string[] per row.</summary>
    public Doc Table(int[] widths, IEnumerable<Row> rows, bool borders = true, int indent = 0)
    {
        var table = new Table();
        var props = new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
            new TableIndentation { Width = indent, Type = TableWidthUnitValues.Dxa });
        if (borders)
        {
            props.Append(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }));
        }
        props.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        props.Append(new TableCellMarginDefault(
            new TopMargin { Width = borders ? "28" : "0", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = borders ? (short)85 : (short)0, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = borders ? "28" : "0", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = borders ? (short)85 : (short)57, Type = TableWidthValues.Dxa }));
        table.Append(props);
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        foreach (var row in rows)
        {
            var tr = new TableRow();
            var rowProps = new TableRowProperties();
            if (row.Header) rowProps.Append(new TableHeader());
            rowProps.Append(new CantSplit());
            tr.Append(rowProps);
            var column = 0;
            foreach (var cell in row.Cells)
            {
                var width = widths.Skip(column).Take(cell.Span).Sum();
                var tcProps = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
                if (cell.Span > 1) tcProps.Append(new GridSpan { Val = cell.Span });
                if (row.Shade) tcProps.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" });
                tcProps.Append(new TableCellVerticalAlignment { Val = row.Header ? TableVerticalAlignmentValues.Center : TableVerticalAlignmentValues.Top });
                var tc = new TableCell(tcProps);
                foreach (var line in cell.Text.Split('\n'))
                    tc.Append(Para(line, cell.Format with { Size = cell.Format.Size ?? row.Size }, row.Size));
                tr.Append(tc);
                column += cell.Span;
            }
            table.Append(tr);
        }
        return Add(table);
    }

    public byte[] Save()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles();
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(
                new DefaultTabStop { Val = 720 },
                new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
                new Compatibility(new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.CompatibilityMode,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "15",
                }));
            var section = new SectionProperties(
                new PageSize
                {
                    Width = (UInt32Value)(uint)PageWidth, Height = Landscape ? 11906U : 16838U,
                    Orient = Landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
                },
                new PageMargin
                {
                    Top = Landscape ? 1134 : 1134, Bottom = 1134, Left = (UInt32Value)(uint)MarginLeft,
                    Right = (UInt32Value)(uint)MarginRight, Header = 709, Footer = 709, Gutter = 0,
                });
            main.Document = new Document(new Body(body.Select(e => e.CloneNode(true)).Append(section)));
            main.Document.Save();
            var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document)
                .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            if (errors.Count > 0) throw new InvalidOperationException("Invalid document:\n" + string.Join("\n", errors));
        }
        return stream.ToArray();
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" },
                new Languages { Val = "id-ID" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
}

public sealed record Cell(string Text, int Span = 1)
{
    public Pf Format { get; init; } = Pf.Normal;
    public static implicit operator Cell(string text) => new(text);
}

public sealed record Row(params Cell[] Cells)
{
    public bool Header { get; init; }
    public bool Shade { get; init; }
    /// <summary>Font size in half-points.</summary>
    public int Size { get; init; } = 22;
}
