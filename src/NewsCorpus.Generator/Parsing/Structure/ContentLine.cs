using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>What a line is, judged from the line alone; <see cref="StructureParser"/> adds what its position says.</summary>
internal enum LineKind
{
    /// <summary>Story text, a headline, a label or a subheading: decided by position.</summary>
    Text,
    Unreadable,
    Separator,
    Navigation,
    Caption,
    Prompt,
    Boilerplate,
    Credit,
    Byline,
    AuthorBio,
    Date,
}

/// <summary>
/// A non-blank source line with what the structure rules found in it. It is its own <see cref="LineView"/> (every
/// line is classified, so every line needs one): one object per line instead of two.
/// </summary>
internal sealed class ContentLine : LineView
{
    private IReadOnlyList<DateMatch>? _dates;

    public ContentLine(SourceLine source, bool blankBefore)
        : base(TextShape.Clean(source.Text))
    {
        Source = source;
        BlankBefore = blankBefore;
    }

    public SourceLine Source { get; }

    public int Number => Source.Number;

    /// <summary>A blank line (or the start of the file) comes right before this line.</summary>
    public bool BlankBefore { get; }

    public LineKind Kind { get; set; }

    /// <summary>The names a byline line gives, when <see cref="Kind"/> is <see cref="LineKind.Byline"/>.</summary>
    public Byline? Byline { get; set; }

    /// <summary>The absolute dates printed in the line, found on first use.</summary>
    public IReadOnlyList<DateMatch> Dates => _dates ??= DateParser.Find(Text);

    /// <summary>Set once the line has a place in the article, so it is not used twice.</summary>
    public bool Placed { get; set; }

    public override string ToString() => Kind + ": " + (Text.Length > 60 ? Text.Substring(0, 60) + "…" : Text);
}
