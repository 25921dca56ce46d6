using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Drawing.Wordprocessing;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KejaksaanDatun.Documents.Internal;

/// <summary>
/// Turns one part (document, header, footer…) into a node tree. Tags split over runs are merged into the run where they
/// start, block tags become markers at paragraph, row or text positions, and the part is serialised once and cut at the
/// markers into literal XML fragments.
/// </summary>
internal sealed partial class PartCompiler
{
    internal const char MarkStart = '\uE000';
    internal const char MarkEnd = '\uE001';
    private const uint DocPrSentinel = 3_900_000_000;

    private const string W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private const string Wp14 = "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing";

    private readonly OpenXmlPartRootElement _root;
    private readonly string _partName;
    private readonly List<TemplateError> _errors;
    private readonly List<string> _tags;
    private readonly List<TagOcc> _all = [];
    private readonly List<uint> docPrIds = [];
    private readonly List<string> vmlIds = [];
    private const string Vml = "urn:schemas-microsoft-com:vml";
    private const char VmlMarkStart = '\uE002';
    private const char VmlMarkEnd = '\uE003';

    public PartCompiler(OpenXmlPartRootElement root, string partName, List<TemplateError> errors, List<string> tags)
    {
        _root = root;
        _partName = partName;
        _errors = errors;
        _tags = tags;
    }

    public bool HasTags => _all.Count > 0;

    private sealed class Story
    {
        public required OpenXmlElement Container;
        public required string Prefix;
        public required bool Fallback;
        public readonly List<Para> Paragraphs = [];
        public readonly List<TemplateError> Errors = [];
    }

    private sealed class Para
    {
        public required Paragraph P;
        public required Story Story;
        public required string Location;
        public required int Order;
        public readonly List<(Text T, int Start)> Pieces = [];
        public string Text = "";
        public readonly List<TagOcc> Tags = [];
    }

    private sealed class TagOcc
    {
        public required TagInfo Info;
        public required Para Para;
        public int Start, End;
        public int Id;
        public string Replacement = "";
    }

    private sealed class Block
    {
        public required TagOcc Open;
        public TagOcc? Else;
        public TagOcc? Close;
    }

    /// <summary>Finds and checks every tag; reports errors and tags (except in mc:Fallback copies).</summary>
    public void Analyse()
    {
        // Done first: enumerating attributes makes the SDK finish parsing elements, which would drop nodes inserted earlier.
        // Repeated paragraphs and drawings must not share ids: drop paragraph ids, and let drawings be numbered per render.
        foreach (var e in _root.Descendants())
        {
            if (e.HasAttributes)
            {
                foreach (var a in e.GetAttributes())
                {
                    if ((a.NamespaceUri == W14 && (a.LocalName == "paraId" || a.LocalName == "textId")) ||
                        (a.NamespaceUri == Wp14 && (a.LocalName == "anchorId" || a.LocalName == "editId")))
                        e.RemoveAttribute(a.LocalName, a.NamespaceUri);
                }
            }
        }
        foreach (var docPr in _root.Descendants<DocProperties>())
        {
            docPrIds.Add(docPr.Id?.Value ?? 0);
            docPr.Id = DocPrSentinel + (uint)(docPrIds.Count - 1);
        }
        // VML shapes (text box fallbacks) carry ids that must be unique too; shape types are referenced by id, so they keep theirs.
        foreach (var e in _root.Descendants())
        {
            if (e.NamespaceUri != Vml || e.LocalName == "shapetype") continue;
            if (!e.HasAttributes) continue;
            var id = e.GetAttributes().FirstOrDefault(a => a.LocalName == "id" && a.NamespaceUri.Length == 0);
            if (string.IsNullOrEmpty(id.Value)) continue;
            vmlIds.Add(id.Value);
            e.SetAttribute(new OpenXmlAttribute("", "id", "", VmlMarkStart + (vmlIds.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + VmlMarkEnd));
        }

        var stories = new Dictionary<OpenXmlElement, Story>();
        var storyOrder = new List<Story>();
        var textBoxNumber = 0;
        var paragraphCounters = new Dictionary<OpenXmlElement, int>();
        var order = 0;

        foreach (var p in _root.Descendants<Paragraph>())
        {
            var container = (OpenXmlElement?)p.Ancestors<TextBoxContent>().FirstOrDefault() ?? _root;
            if (!stories.TryGetValue(container, out var story))
            {
                var fallback = container != _root && container.Ancestors<AlternateContentFallback>().Any();
                var prefix = _partName;
                if (container != _root)
                {
                    if (!fallback) textBoxNumber++;
                    prefix += ", kotak teks " + Math.Max(textBoxNumber, 1);
                }
                story = new Story { Container = container, Prefix = prefix, Fallback = fallback };
                stories.Add(container, story);
                storyOrder.Add(story);
            }

            var parent = p.Parent!;
            paragraphCounters.TryGetValue(parent, out var n);
            paragraphCounters[parent] = ++n;
            var para = new Para { P = p, Story = story, Location = Locate(p, story, n), Order = order++ };
            var sb = new StringBuilder();
            foreach (var t in p.Descendants<Text>())
            {
                if (t.Ancestors<Paragraph>().First() != p) continue;
                para.Pieces.Add((t, sb.Length));
                sb.Append(t.Text);
            }
            para.Text = sb.ToString();
            if (para.Text.Contains("{{") || para.Text.Contains("}}")) Scan(para);
            story.Paragraphs.Add(para);
        }

        // Tags in document order, text boxes where they stand; the copies in mc:Fallback are not listed twice.
        _tags.AddRange(storyOrder.Where(s => !s.Fallback).SelectMany(s => s.Paragraphs)
            .OrderBy(p => p.Order).SelectMany(p => p.Tags).Select(t => t.Info.Text));

        foreach (var story in storyOrder)
        {
            var blocks = Pair(story);
            if (story.Errors.Count == 0) Place(story, blocks);
            if (story.Errors.Count == 0)
            {
                foreach (var para in story.Paragraphs) _all.AddRange(para.Tags);
            }
            else if (!story.Fallback)
            {
                _errors.AddRange(story.Errors);
            }
        }
    }

    private string Locate(Paragraph p, Story story, int paragraphNumber)
    {
        var chain = new List<string>();
        for (var a = p.Parent; a is not null && a != story.Container; a = a.Parent)
        {
            if (a is TableRow row && row.Parent is Table table)
            {
                var r = table.Elements<TableRow>().TakeWhile(x => x != row).Count() + 1;
                var t = table.Parent is null ? 1 : table.Parent.Elements<Table>().TakeWhile(x => x != table).Count() + 1;
                chain.Insert(0, $"tabel {t} baris {r}");
            }
        }
        return story.Prefix + ", " + (chain.Count == 0 ? "paragraf " + paragraphNumber : string.Join(", ", chain));
    }

    private void Scan(Para para)
    {
        var text = para.Text;
        var i = 0;
        while (true)
        {
            var open = text.IndexOf("{{", i, StringComparison.Ordinal);
            var close = text.IndexOf("}}", i, StringComparison.Ordinal);
            if (open < 0 && close < 0) break;
            if (close >= 0 && (open < 0 || close < open))
            {
                para.Story.Errors.Add(new TemplateError("}}", para.Location, "Kurung kurawal penutup '}}' tanpa pembuka '{{'."));
                i = close + 2;
                continue;
            }
            var next = text.IndexOf("{{", open + 2, StringComparison.Ordinal);
            close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                para.Story.Errors.Add(new TemplateError(text[open..], para.Location,
                    "Tag tidak ditutup: '{{' tanpa '}}' di paragraf yang sama."));
                break;
            }
            if (next >= 0 && next < close)
            {
                para.Story.Errors.Add(new TemplateError(text[open..next], para.Location,
                    "Kurung kurawal pembuka '{{' tanpa penutup '}}'."));
                i = next;
                continue;
            }
            var tagText = text[open..(close + 2)];
            i = close + 2;
            var info = TagParser.Parse(tagText, out var error);
            if (info is null)
            {
                para.Story.Errors.Add(new TemplateError(tagText, para.Location, error!));
                continue;
            }
            info.Location = para.Location;
            para.Tags.Add(new TagOcc { Info = info, Para = para, Start = open, End = close + 2 });
        }
    }

    private static List<Block> Pair(Story story)
    {
        var blocks = new List<Block>();
        var stack = new Stack<Block>();
        foreach (var para in story.Paragraphs)
        foreach (var tag in para.Tags)
        {
            var info = tag.Info;
            switch (info.Kind)
            {
                case TagKind.Each:
                case TagKind.If:
                    var block = new Block { Open = tag };
                    blocks.Add(block);
                    stack.Push(block);
                    break;
                case TagKind.Else:
                    if (stack.Count == 0 || stack.Peek().Open.Info.Kind != TagKind.If)
                        story.Errors.Add(new TemplateError(info.Text, info.Location, "{{else}} hanya boleh berada di dalam blok {{#if …}}."));
                    else if (stack.Peek().Else is not null)
                        story.Errors.Add(new TemplateError(info.Text, info.Location, "Blok {{#if …}} hanya boleh memiliki satu {{else}}."));
                    else
                        stack.Peek().Else = tag;
                    break;
                case TagKind.EndEach:
                case TagKind.EndIf:
                    var expected = info.Kind == TagKind.EndEach ? TagKind.Each : TagKind.If;
                    if (stack.Count == 0)
                    {
                        story.Errors.Add(new TemplateError(info.Text, info.Location, "Penutup blok tanpa pembuka."));
                    }
                    else if (stack.Peek().Open.Info.Kind != expected)
                    {
                        var top = stack.Pop();
                        story.Errors.Add(new TemplateError(info.Text, info.Location,
                            $"Penutup {info.Text} tidak cocok dengan pembuka {top.Open.Info.Text} ({top.Open.Info.Location})."));
                    }
                    else
                    {
                        stack.Pop().Close = tag;
                    }
                    break;
            }
        }
        foreach (var open in stack.Reverse())
        {
            var closer = open.Open.Info.Kind == TagKind.Each ? "{{/each}}" : "{{/if}}";
            story.Errors.Add(new TemplateError(open.Open.Info.Text, open.Open.Info.Location, $"Blok tidak ditutup: {closer} tidak ditemukan."));
        }
        return blocks;
    }

    private enum Op { Inline, Replace, Before, After }

    /// <summary>Decides where each block's markers go, then edits the part's tree accordingly.</summary>
    private void Place(Story story, List<Block> blocks)
    {
        var ops = new Dictionary<TagOcc, (Op Op, OpenXmlElement? Unit)>();

        foreach (var block in blocks)
        {
            var open = block.Open;
            var close = block.Close!;
            var members = block.Else is null ? new[] { open, close } : new[] { open, block.Else, close };

            if (members.All(m => m.Para == open.Para))
            {
                // The text between inline markers is repeated or dropped as is, so it must not open or close a hyperlink,
                // field or content control on the way.
                var level = RunParent(open);
                var bad = members.FirstOrDefault(m => RunParent(m) != level);
                if (bad is not null)
                {
                    story.Errors.Add(new TemplateError(bad.Info.Text, bad.Info.Location,
                        $"Tag blok {open.Info.Text} dan pasangannya dalam satu paragraf harus sama-sama berada di luar (atau di dalam) tautan atau kolom isian yang sama."));
                    continue;
                }
                foreach (var m in members) ops[m] = (Op.Inline, null);
                continue;
            }

            var openRow = RowOf(open.Para.P, story);
            if (openRow is not null)
            {
                var closeRow = SiblingAncestor(close.Para.P, openRow, story);
                var elseRow = block.Else is null ? null : SiblingAncestor(block.Else.Para.P, openRow, story);
                if (closeRow is null || (block.Else is not null && elseRow is null))
                {
                    var bad = closeRow is null ? close : block.Else!;
                    story.Errors.Add(new TemplateError(bad.Info.Text, bad.Info.Location,
                        $"Blok {open.Info.Text} dibuka di baris tabel ({open.Info.Location}); penutupnya harus berada di tabel yang sama."));
                    continue;
                }
                ops[open] = TagOnlyRow(openRow, story) ? (Op.Replace, openRow) : (Op.Before, openRow);
                ops[close] = TagOnlyRow(closeRow, story) ? (Op.Replace, closeRow) : (Op.After, closeRow);
                if (block.Else is not null)
                {
                    ops[block.Else] = TagOnlyRow(elseRow!, story) ? (Op.Replace, elseRow)
                        : elseRow == openRow ? (Op.After, elseRow) : (Op.Before, elseRow);
                }
                continue;
            }

            var parent = open.Para.P.Parent;
            var bads = members.Skip(1).Where(m => m.Para.P.Parent != parent || RowOf(m.Para.P, story) is not null).ToList();
            if (bads.Count > 0)
            {
                foreach (var bad in bads)
                    story.Errors.Add(new TemplateError(bad.Info.Text, bad.Info.Location,
                        $"Blok {open.Info.Text} ({open.Info.Location}) harus ditutup pada tingkat yang sama: bukan di dalam tabel atau kotak lain."));
                continue;
            }
            ops[open] = TagOnlyParagraph(open.Para) ? (Op.Replace, open.Para.P) : (Op.Before, open.Para.P);
            ops[close] = TagOnlyParagraph(close.Para) ? (Op.Replace, close.Para.P) : (Op.After, close.Para.P);
            if (block.Else is not null)
            {
                if (!TagOnlyParagraph(block.Else.Para))
                {
                    story.Errors.Add(new TemplateError(block.Else.Info.Text, block.Else.Info.Location,
                        "{{else}} harus berdiri sendiri dalam paragrafnya, atau berada di paragraf yang sama dengan {{#if}} dan {{/if}}."));
                    continue;
                }
                ops[block.Else] = (Op.Replace, block.Else.Para.P);
            }
        }
        if (story.Errors.Count > 0) return;

        // Bookmarks repeated by a loop would share ids and names; they mark nothing useful in a generated letter.
        foreach (var block in blocks)
        {
            if (block.Open.Info.Kind != TagKind.Each || ops[block.Open].Op == Op.Inline) continue;
            var ids = new HashSet<string>();
            for (var e = ops[block.Open].Unit; e is not null; e = e.NextSibling())
            {
                foreach (var start in e.Descendants<BookmarkStart>().ToList())
                {
                    if (start.Id?.Value is { } id) ids.Add(id);
                    start.Remove();
                }
                if (e == ops[block.Close!].Unit) break;
            }
            foreach (var end in _root.Descendants<BookmarkEnd>().Where(b => b.Id?.Value is { } id && ids.Contains(id)).ToList()) end.Remove();
        }

        // Ids: value tags and inline block tags get a text marker, the others a comment marker.
        foreach (var para in story.Paragraphs)
        foreach (var tag in para.Tags)
        {
            tag.Id = _nextId++;
            _byId.Add(tag.Id, tag.Info);
            if (!tag.Info.IsBlock || ops[tag].Op == Op.Inline)
                tag.Replacement = Marker(tag.Id);
        }

        // Text edits, last tag first so that earlier offsets stay valid.
        foreach (var para in story.Paragraphs)
        {
            if (para.Tags.Count == 0) continue;
            for (var i = para.Tags.Count - 1; i >= 0; i--) ReplaceText(para, para.Tags[i]);
            foreach (var (t, _) in para.Pieces)
            {
                if (t.Parent is null) continue;
                if (t.Text.Length == 0)
                {
                    var run = t.Parent;
                    t.Remove();
                    if (run is Run && run.ChildElements.All(c => c is RunProperties)) run.Remove();
                }
            }
        }

        GuardContainer(story, blocks, ops);
        GuardTables(blocks, ops);

        // Structure edits, outer blocks first: markers inserted before the same element stack inside-out correctly.
        foreach (var block in blocks)
        {
            foreach (var tag in new[] { block.Open, block.Else, block.Close })
            {
                if (tag is null) continue;
                var (op, unit) = ops[tag];
                var comment = new OpenXmlMiscNode(System.Xml.XmlNodeType.Comment, "<!--" + Marker(tag.Id) + "-->");
                switch (op)
                {
                    case Op.Replace:
                        unit!.InsertBeforeSelf(comment);
                        unit.Remove();
                        break;
                    case Op.Before:
                        unit!.InsertBeforeSelf(comment);
                        RemoveIfEmptyTagParagraph(tag);
                        break;
                    case Op.After:
                        unit!.InsertAfterSelf(comment);
                        RemoveIfEmptyTagParagraph(tag);
                        break;
                }
            }
        }
    }

    /// <summary>
    /// Headers, footers and text boxes must keep at least one paragraph; when blocks could remove them all, the renderer
    /// adds an empty one.
    /// </summary>
    private static void GuardContainer(Story story, List<Block> blocks, Dictionary<TagOcc, (Op Op, OpenXmlElement? Unit)> ops)
    {
        var container = story.Container;
        if (container is not (Header or Footer or TextBoxContent)) return;
        if (!blocks.Any(b => ops[b.Open].Op != Op.Inline && ops[b.Open].Unit?.Parent == container)) return;
        container.PrependChild(new OpenXmlMiscNode(System.Xml.XmlNodeType.Comment, "<!--" + GuardStart + "-->"));
        container.AppendChild(new OpenXmlMiscNode(System.Xml.XmlNodeType.Comment, "<!--" + GuardEnd + "-->"));
    }

    /// <summary>A table whose rows repeat or are conditional is left out when no row remains (Word refuses empty tables).</summary>
    private static void GuardTables(List<Block> blocks, Dictionary<TagOcc, (Op Op, OpenXmlElement? Unit)> ops)
    {
        var tables = blocks.Select(b => ops[b.Open]).Where(o => o.Op != Op.Inline && o.Unit is TableRow)
            .Select(o => o.Unit!.Parent).OfType<Table>().Distinct().ToList();
        foreach (var table in tables)
        {
            table.InsertBeforeSelf(new OpenXmlMiscNode(System.Xml.XmlNodeType.Comment, "<!--" + TableGuardStart + "-->"));
            table.InsertAfterSelf(new OpenXmlMiscNode(System.Xml.XmlNodeType.Comment, "<!--" + TableGuardEnd + "-->"));
        }
    }

    private const char TableGuardStart = '\uE006';
    private const char TableGuardEnd = '\uE007';

    private const char GuardStart = '\uE004';
    private const char GuardEnd = '\uE005';

    private int _nextId;
    private readonly Dictionary<int, TagInfo> _byId = [];

    private static string Marker(int id) => MarkStart + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + MarkEnd;

    /// <summary>A paragraph in a repeated row that held only a block tag goes, unless its cell would be left empty.</summary>
    private static void RemoveIfEmptyTagParagraph(TagOcc tag)
    {
        var para = tag.Para;
        if (para.P.Parent is null || para.Tags.Count != 1 || !TagOnlyParagraph(para)) return;
        var parent = para.P.Parent;
        if (parent is TableCell && parent.ChildElements.Count(c => c is Paragraph || c is Table) < 2) return;
        para.P.Remove();
    }

    private static void ReplaceText(Para para, TagOcc tag)
    {
        var first = true;
        foreach (var (t, start) in para.Pieces)
        {
            var text = t.Text;
            if (text.Length == 0 || start + text.Length <= tag.Start) continue;
            if (start >= tag.End) break;
            var from = Math.Max(tag.Start - start, 0);
            var to = Math.Min(tag.End - start, text.Length);
            t.Text = text[..from] + (first ? tag.Replacement : "") + text[to..];
            t.Space = SpaceProcessingModeValues.Preserve;
            first = false;
        }
    }

    private static OpenXmlElement? RunParent(TagOcc tag)
    {
        foreach (var (t, start) in tag.Para.Pieces)
            if (start <= tag.Start && tag.Start < start + t.Text.Length)
                return t.Parent?.Parent;
        return null;
    }

    private static TableRow? RowOf(Paragraph p, Story story)
    {
        for (var a = p.Parent; a is not null && a != story.Container; a = a.Parent)
            if (a is TableRow row) return row;
        return null;
    }

    private static TableRow? SiblingAncestor(Paragraph p, TableRow openRow, Story story)
    {
        for (var a = p.Parent; a is not null && a != story.Container; a = a.Parent)
        {
            if (a is TableRow row && row.Parent == openRow.Parent)
            {
                var rows = openRow.Parent!.Elements<TableRow>().ToList();
                return rows.IndexOf(row) >= rows.IndexOf(openRow) ? row : null;
            }
        }
        return null;
    }

    private static bool HasObjects(OpenXmlElement e) =>
        e.Descendants<Drawing>().Any() || e.Descendants<Picture>().Any() || e.Descendants<EmbeddedObject>().Any();

    private static bool TagOnlyParagraph(Para para)
    {
        if (para.Tags.Count != 1) return false;
        var tag = para.Tags[0];
        if (para.Text[..tag.Start].Trim().Length > 0) return false;
        if (para.Text[tag.End..].Trim().Length > 0) return false;
        if (para.P.ParagraphProperties?.SectionProperties is not null) return false;
        return !HasObjects(para.P);
    }

    private bool TagOnlyRow(TableRow row, Story story)
    {
        var tags = 0;
        foreach (var para in story.Paragraphs)
        {
            if (!para.P.Ancestors<TableRow>().Contains(row)) continue;
            tags += para.Tags.Count;
            var rest = para.Text;
            for (var i = para.Tags.Count - 1; i >= 0; i--) rest = rest[..para.Tags[i].Start] + rest[para.Tags[i].End..];
            if (rest.Trim().Length > 0) return false;
        }
        return tags == 1 && !HasObjects(row);
    }

    [GeneratedRegex("<!--\uE000(\\d+)\uE001-->|\uE000(\\d+)\uE001|(?<=\\sid=\")(39\\d{8})(?=\")|\uE002(\\d+)\uE003|<!--([\uE004-\uE007])-->")]
    private static partial Regex MarkerPattern();

    /// <summary>Serialises the edited part and cuts it into nodes; reports blocks that cross each other.</summary>
    public List<Node> Build()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + _root.OuterXml;
        var rootNodes = new List<Node>();
        var stack = new Stack<Frame>();
        List<Node> current = rootNodes;
        var pos = 0;
        foreach (Match m in MarkerPattern().Matches(xml))
        {
            if (m.Index > pos) current.Add(new LiteralNode(xml[pos..m.Index]));
            pos = m.Index + m.Length;
            if (m.Groups[3].Success)
            {
                var index = (int)(uint.Parse(m.Groups[3].Value) - DocPrSentinel);
                current.Add(new DocPrIdNode(index < docPrIds.Count ? docPrIds[index] : 0));
                continue;
            }
            if (m.Groups[5].Success)
            {
                current.Add(m.Groups[5].Value[0] switch
                {
                    GuardStart => new GuardStartNode(),
                    GuardEnd => new GuardEndNode(),
                    TableGuardStart => new GuardStartNode(),
                    _ => new TableGuardEndNode(),
                });
                continue;
            }
            if (m.Groups[4].Success)
            {
                current.Add(new ShapeIdNode(vmlIds[int.Parse(m.Groups[4].Value)]));
                continue;
            }
            var id = int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
            var tag = _byId[id];
            switch (tag.Kind)
            {
                case TagKind.Value:
                    current.Add(new ValueNode(tag));
                    break;
                case TagKind.Each:
                case TagKind.If:
                    var node = new BlockNode(tag);
                    current.Add(node);
                    stack.Push(new Frame(node));
                    current = node.Body;
                    break;
                case TagKind.Else:
                    if (stack.Count == 0 || stack.Peek().Node.Tag.Kind != TagKind.If) return Overlap(tag, rootNodes);
                    stack.Peek().InElse = true;
                    current = stack.Peek().Node.Else;
                    break;
                default:
                    var expected = tag.Kind == TagKind.EndEach ? TagKind.Each : TagKind.If;
                    if (stack.Count == 0 || stack.Peek().Node.Tag.Kind != expected) return Overlap(tag, rootNodes);
                    stack.Pop();
                    current = stack.Count == 0 ? rootNodes : stack.Peek().InElse ? stack.Peek().Node.Else : stack.Peek().Node.Body;
                    break;
            }
        }
        if (pos < xml.Length) current.Add(new LiteralNode(xml[pos..]));
        if (stack.Count > 0) return Overlap(stack.Peek().Node.Tag, rootNodes);
        return rootNodes;
    }

    private sealed class Frame(BlockNode node)
    {
        public BlockNode Node { get; } = node;
        public bool InElse { get; set; }
    }

    private List<Node> Overlap(TagInfo tag, List<Node> nodes)
    {
        _errors.Add(new TemplateError(tag.Text, tag.Location, "Blok bertumpang tindih dengan blok lain; letakkan blok sepenuhnya di dalam blok lain."));
        return nodes;
    }
}
