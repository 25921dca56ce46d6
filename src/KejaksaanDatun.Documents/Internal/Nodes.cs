using System.Text;

namespace KejaksaanDatun.Documents.Internal;

internal abstract class Node;

internal sealed class LiteralNode(string xml) : Node
{
    public byte[] Utf8 { get; } = Encoding.UTF8.GetBytes(xml);
}

internal sealed class ValueNode(TagInfo tag) : Node
{
    public TagInfo Tag { get; } = tag;
}

/// <summary>The id of a drawing (wp:docPr), renumbered when the drawing sits in a repeated block.</summary>
internal sealed class DocPrIdNode(uint id) : Node
{
    public uint Id { get; } = id;
    public byte[] Utf8 { get; } = Encoding.ASCII.GetBytes(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>The id of a VML shape, made unique with a suffix when the shape sits in a repeated block.</summary>
internal sealed class ShapeIdNode(string id) : Node
{
    public string Id { get; } = id;
    public byte[] Utf8 { get; } = Encoding.UTF8.GetBytes(System.Security.SecurityElement.Escape(id));
}

/// <summary>Marks the start of a header, footer or text box whose paragraphs could all be removed by blocks.</summary>
internal sealed class GuardStartNode : Node;

/// <summary>Adds an empty paragraph when nothing block-level was written since the matching start.</summary>
internal sealed class GuardEndNode : Node;

/// <summary>Removes everything since the matching start when no table row was written.</summary>
internal sealed class TableGuardEndNode : Node;

internal sealed class BlockNode(TagInfo tag) : Node
{
    public TagInfo Tag { get; } = tag;
    public List<Node> Body { get; } = [];
    public List<Node> Else { get; } = [];
}

/// <summary>A compiled part: its node tree and the prefix it uses for the WordprocessingML namespace.</summary>
internal sealed class PartTemplate(List<Node> nodes, string wordPrefix, int sizeHint)
{
    public List<Node> Nodes { get; } = nodes;
    public byte[] LineBreak { get; } = Encoding.UTF8.GetBytes($"</{wordPrefix}:t><{wordPrefix}:br/><{wordPrefix}:t xml:space=\"preserve\">");
    public byte[] EmptyParagraph { get; } = Encoding.UTF8.GetBytes($"<{wordPrefix}:p/>");
    public byte[] ParagraphStart { get; } = Encoding.UTF8.GetBytes($"<{wordPrefix}:p");
    public byte[] RowStart { get; } = Encoding.UTF8.GetBytes($"<{wordPrefix}:tr");
    public byte[] TableStart { get; } = Encoding.UTF8.GetBytes($"<{wordPrefix}:tbl");
    public byte[] Tab { get; } = Encoding.UTF8.GetBytes($"</{wordPrefix}:t><{wordPrefix}:tab/><{wordPrefix}:t xml:space=\"preserve\">");
    public int SizeHint { get; } = sizeHint;
}
