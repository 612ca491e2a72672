using System;
using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// Turns the lines of a file into the article a reader sees, in passes that each read top to bottom:
/// <list type="number">
/// <item>each line is classified on its own (<see cref="LineClassifier"/>): caption, prompt, byline, date line…;</item>
/// <item>the headline and section are found above the story (<see cref="HeadlineFinder"/>);</item>
/// <item>lines that repeat an earlier line are set aside as duplicates;</item>
/// <item>the tail is read backwards: a lone name or an author's note after the last paragraph is about the author;</item>
/// <item>the remaining lines become paragraphs and subheadings (<see cref="ParagraphBuilder"/>);</item>
/// <item>the first paragraph gives up its dateline (<see cref="DatelineParser"/>) and the header its date (<see cref="PublicationDate"/>).</item>
/// </list>
/// Every non-blank line ends up as the title, in a paragraph or subheading, or in <c>Removed</c> with its reason.
/// </summary>
internal static class StructureParser
{
    /// <summary>How many opening paragraphs may carry the dateline (a standfirst can come before it).</summary>
    private const int DatelineParagraphs = 2;

    // The article's lines and its story lines, in lists this thread reuses from article to article.
    private const int ContentList = 0;
    private const int BodyList = 1;

    public static void Parse(IReadOnlyList<SourceLine> lines, ArticleDraft draft)
    {
        var content = Collect(lines);
        var headline = HeadlineFinder.Find(content);
        if (headline < 0)
        {
            return;
        }

        var title = content[headline];
        title.Placed = true;
        var strippedTitle = title.Stripped;
        draft.Title = strippedTitle.Length > 0 ? strippedTitle : title.Text;

        var (sectionLine, section) = HeadlineFinder.FindSection(content, headline);
        draft.Section = section;

        RemoveDuplicates(content, title, draft);
        ReadTail(content, headline);

        var body = ReusedLists<ContentLine>.At(BodyList);
        body.Clear();
        for (var i = headline + 1; i < content.Count; i++)
        {
            if (content[i].Kind == LineKind.Text && !content[i].Placed)
            {
                content[i].Placed = true;
                body.Add(content[i]);
            }
        }

        ParagraphBuilder.Build(body, draft.Subheadings, draft.Paragraphs);
        var dateline = TakeDateline(draft);
        var published = PublicationDate.Choose(content, headline, dateline);
        draft.PublishedAt = published?.Date.ToIso();

        var authors = new List<string>();
        var seenAuthors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? bylineAgency = null;
        for (var i = 0; i < content.Count; i++)
        {
            var line = content[i];
            if (line.Placed)
            {
                continue;
            }

            if (line.Byline is not null)
            {
                AddDistinct(authors, seenAuthors, line.Byline.Authors);
                bylineAgency ??= line.Byline.Agency;
            }

            if (line.Kind == LineKind.Credit)
            {
                draft.Credits.Add(line.Text);
            }

            var reason = i == sectionLine ? RemovalReason.Section
                : line.Kind == LineKind.Date && ReferenceEquals(line, published?.Line) ? RemovalReason.PublicationDate
                : ReasonFor(line.Kind);
            draft.Remove(line.Source, reason);
        }

        draft.Authors.AddRange(authors);
        draft.Agency ??= bylineAgency;
        ReusedLists<ContentLine>.Trim();
    }

    /// <summary>The non-blank lines, each classified on its own.</summary>
    private static List<ContentLine> Collect(IReadOnlyList<SourceLine> lines)
    {
        var content = ReusedLists<ContentLine>.At(ContentList);
        content.Clear();
        var blankBefore = true;
        foreach (var source in lines)
        {
            if (source.IsBlank)
            {
                blankBefore = true;
                continue;
            }

            var line = new ContentLine(source, blankBefore);
            blankBefore = false;
            if (line.Text.Length == 0)
            {
                // Only invisible characters (a BOM, zero-width spaces): nothing to read.
                line.Kind = LineKind.Separator;
            }
            else
            {
                LineClassifier.Classify(line);
            }

            content.Add(line);
        }

        return content;
    }

    /// <summary>
    /// A line that repeats an earlier one (the headline printed twice, a caption under its picture twice, "All
    /// news" in two menus) is set aside. One-word story lines and sentence continuations are left alone: "No."
    /// may well be said twice.
    /// </summary>
    private static void RemoveDuplicates(List<ContentLine> content, ContentLine title, ArticleDraft draft)
    {
        // The set of line keys seen so far, held as the first line under each key's hash and the later lines whose
        // keys hashed alike but differed: keys are compared only when two lines' keys hash alike, and then in
        // reused buffers (equal to a HashSet of LineKey strings, without a string, or a list, per line). The tables
        // are this thread's (ThreadScratch), so they are not grown anew for every article.
        // Hashing a whole key costs a pass over the line, so lines go in by a signature first (the key's ends): a
        // line whose signature no earlier line had repeats none, and only lines that share a signature are hashed
        // whole. The first line under a signature is hashed when a second one comes (then its entry is null).
        var bySignature = ThreadScratch.Dictionary(ref t_signatures);
        var seen = ThreadScratch.Dictionary(ref t_seenKeys);
        List<(int Hash, string Text)>? collided = null;
        TextShape.LineKeySignature(title.Text, out var titleSignature);
        bySignature[titleSignature] = title.Text;
        foreach (var line in content)
        {
            if (line.Placed || line.Kind is LineKind.Unreadable or LineKind.Separator)
            {
                continue;
            }

            if (TextShape.LineKeySignature(line.Text, out var signature) == 0)
            {
                continue;
            }

            if (!bySignature.TryGetValue(signature, out var first))
            {
                bySignature[signature] = line.Text;
                continue;
            }

            if (first is not null)
            {
                TextShape.LineKeyHash(first, out var firstHash);
                AddKey(seen, ref collided, firstHash, first);
                bySignature[signature] = null;
            }

            TextShape.LineKeyHash(line.Text, out var hash);
            if (AddKey(seen, ref collided, hash, line.Text))
            {
                continue;
            }

            // A story line opening in lower case is the rest of a sentence, not a repeated block: it stays.
            if (line.Kind != LineKind.Text || (TextShape.WordCount(line.Text, 2) >= 2 && !TextShape.StartsLowercase(line.Text)))
            {
                line.Placed = true;
                draft.Remove(line.Source, RemovalReason.Duplicate);
            }
        }
    }

    [ThreadStatic]
    private static Dictionary<int, string>? t_seenKeys;

    [ThreadStatic]
    private static Dictionary<int, string?>? t_signatures;

    /// <returns>False when an earlier line has the same <see cref="TextShape.LineKey"/>; otherwise adds the line.</returns>
    private static bool AddKey(Dictionary<int, string> seen, ref List<(int Hash, string Text)>? collided, int hash, string text)
    {
        if (!seen.TryGetValue(hash, out var first))
        {
            seen[hash] = text;
            return true;
        }

        if (TextShape.SameLineKey(first, text))
        {
            return false;
        }

        if (collided is not null)
        {
            foreach (var (earlierHash, earlier) in collided)
            {
                if (earlierHash == hash && TextShape.SameLineKey(earlier, text))
                {
                    return false;
                }
            }
        }

        (collided ??= new List<(int, string)>()).Add((hash, text));
        return true;
    }

    /// <summary>
    /// Reads backwards from the end over furniture: a story line there that is only a name is the author's
    /// byline ("Jack phillips"), and one that describes a person's newsroom role is an author's note. The first
    /// ordinary story line ends the tail.
    /// </summary>
    private static void ReadTail(List<ContentLine> content, int headline)
    {
        var authors = new KnownAuthors();
        foreach (var line in content)
        {
            foreach (var author in line.Byline?.Authors ?? Array.Empty<string>())
            {
                authors.Add(author);
            }
        }

        for (var i = content.Count - 1; i > headline; i--)
        {
            var line = content[i];
            if (line.Placed || line.Kind != LineKind.Text)
            {
                continue;
            }

            if (BylineParser.TryParseNameLine(line.Text, authors, out var name))
            {
                line.Kind = LineKind.Byline;
                line.Byline = new Byline(new[] { name }, null);
                authors.Add(name);
            }
            else if (BylineParser.IsAuthorBio(line.Text, authors, out var subject))
            {
                line.Kind = LineKind.AuthorBio;

                // The note names its author, so the name line printed above it is known in any letter case.
                if (subject.Length > 0)
                {
                    authors.Add(subject);
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Removes the dateline from the first paragraph that opens with one and records its place and agency.</summary>
    private static Dateline? TakeDateline(ArticleDraft draft)
    {
        for (var p = 0; p < draft.Paragraphs.Count && p < DatelineParagraphs; p++)
        {
            var paragraph = draft.Paragraphs[p];
            if (DatelineParser.TryParse(paragraph.Text, out var dateline))
            {
                draft.Paragraphs[p] = paragraph with { Text = paragraph.Text.Substring(dateline.BodyStart) };
                SetAside(draft, new RemovedLineSpec(paragraph.Text.Substring(0, dateline.BodyStart).Trim(), RemovalReason.Dateline, paragraph.Line));
                draft.Dateline = dateline.Place;
                draft.Agency = dateline.Agency;
                return dateline;
            }
        }

        return null;
    }

    /// <summary>Keeps the set-aside lines in line order, so an explanation reads top to bottom like the file.</summary>
    private static void SetAside(ArticleDraft draft, RemovedLineSpec removed)
    {
        var at = draft.Removed.Count;
        while (at > 0 && draft.Removed[at - 1].Line > removed.Line)
        {
            at--;
        }

        draft.Removed.Insert(at, removed);
    }

    private static RemovalReason ReasonFor(LineKind kind) => kind switch
    {
        LineKind.Unreadable => RemovalReason.Unreadable,
        LineKind.Separator => RemovalReason.Boilerplate,
        LineKind.Caption => RemovalReason.Caption,
        LineKind.Prompt => RemovalReason.Prompt,
        LineKind.Boilerplate => RemovalReason.Boilerplate,
        LineKind.Credit => RemovalReason.Credit,
        LineKind.Byline => RemovalReason.Byline,
        LineKind.AuthorBio => RemovalReason.AuthorBio,
        _ => RemovalReason.SiteChrome,
    };

    private static void AddDistinct(List<string> list, HashSet<string> seen, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            if (seen.Add(item))
            {
                list.Add(item);
            }
        }
    }
}
