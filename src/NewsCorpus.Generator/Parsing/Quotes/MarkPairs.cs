namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Which double mark closes which opener. Each opener has its proper closer (“ ”, „ “, « », » «, " "), and a mark
/// of another kind closes too when it stands where a closer stands (after a word, before space or punctuation):
/// mixed and reversed marks are common in scraped text. A mark that can neither close nor nest opens a new
/// quotation, which means the open one lost its closer.
/// </summary>
internal static class MarkPairs
{
    private const char Curly = 'C';
    private const char Low = 'L';
    private const char Guillemet = 'G';
    private const char ReversedGuillemet = 'R';
    private const char Straight = 'S';
    private const char CurlyClose = 'D';

    public static bool CanClose(QuoteMark open, QuoteMark mark, bool opening, bool closing)
    {
        var family = Family(mark);
        return Family(open) switch
        {
            Curly => family == CurlyClose || (!opening && family is Straight or Curly or ReversedGuillemet),
            Low => family is Curly or CurlyClose || (!opening && family == Straight),
            Guillemet => family == ReversedGuillemet || (!opening && family is Straight or CurlyClose),
            ReversedGuillemet => family == Guillemet || (!opening && family is Straight or ReversedGuillemet),
            CurlyClose => family == CurlyClose || (!opening && family is Straight or Curly),
            _ => family == CurlyClose || (family == Straight && (!opening || closing)) || (!opening && family is Curly or ReversedGuillemet),
        };
    }

    /// <summary>True when <paramref name="mark"/> is the proper closer of <paramref name="open"/>, not just a mark that can stand in.</summary>
    public static bool IsProperCloser(QuoteMark open, QuoteMark mark) =>
        mark.Shape != MarkShape.Symmetric && CanClose(open, mark, opening: true, closing: true);

    /// <summary>A quotation inside a quotation: straight marks inside curly ones, or “ ” inside « ».</summary>
    public static bool CanNest(QuoteMark outer, QuoteMark mark, bool opening, bool closing)
    {
        var family = Family(mark);
        var outerFamily = Family(outer);
        if (outerFamily != Straight && family == Straight)
        {
            return opening && !closing;
        }

        return outerFamily == Guillemet && family == Curly;
    }

    private static char Family(QuoteMark mark) => mark.Char switch
    {
        '\u201C' or '\u201F' => Curly,
        '\u201E' => Low,
        '\u00AB' => Guillemet,
        '\u00BB' => ReversedGuillemet,
        '\u201D' => CurlyClose,
        _ => Straight,
    };
}
