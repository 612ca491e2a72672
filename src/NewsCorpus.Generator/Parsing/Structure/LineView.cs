namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// The forms of one line that the classifier checks read: the line without Markdown (<see cref="Stripped"/>), reduced
/// to its words (<see cref="Bare"/>), and its word count. Each is worked out once, on first use, instead of once per
/// check; a long story line never needs its bare form at all.
/// </summary>
internal class LineView
{
    /// <summary>
    /// Words are counted up to this many and one more. Every threshold the checks compare against is below it, and
    /// the count is the same for the line, its stripped and its bare form: those only drop marks at the edges.
    /// </summary>
    public const int WordLimit = 61;

    private string? _stripped;
    private string? _bare;
    private int _bareStart = -1;
    private int _bareEnd;
    private int _words = -1;

    public LineView(string text)
    {
        Text = text;
    }

    /// <summary>The text whose forms these are: for a <see cref="ContentLine"/>, the line without surrounding white space.</summary>
    public string Text { get; }

    /// <summary><see cref="Markup.Strip"/> of the line.</summary>
    public string Stripped => _stripped ??= Markup.Strip(Text);

    /// <summary><see cref="BoilerplateClassifier.Bare"/> of the line.</summary>
    public string Bare
    {
        get
        {
            if (_bare is null)
            {
                FindBare();
                var bare = _bareStart == 0 && _bareEnd == Stripped.Length ? Stripped : Stripped.Substring(_bareStart, _bareEnd - _bareStart);
                _bare = bare.Replace('\u2019', '\'');
            }

            return _bare;
        }
    }

    /// <summary>The length of <see cref="Bare"/>, known without building it (the apostrophe swap keeps the length).</summary>
    public int BareLength
    {
        get
        {
            FindBare();
            return _bareEnd - _bareStart;
        }
    }

    /// <summary>
    /// <see cref="Bare"/> as the stretch [<paramref name="start"/>, <paramref name="end"/>) of the returned string,
    /// read in place: the bare form is a stretch of <see cref="Stripped"/> with ’ written ', so unless that stretch
    /// holds a ’ it is read there and never copied (most story lines are checked this way and need no bare copy).
    /// </summary>
    public string BareIn(out int start, out int end)
    {
        FindBare();
        var stripped = Stripped;
        if (_bare is null && stripped.IndexOf('\u2019', _bareStart, _bareEnd - _bareStart) < 0)
        {
            start = _bareStart;
            end = _bareEnd;
            return stripped;
        }

        start = 0;
        end = Bare.Length;
        return Bare;
    }

    /// <summary><see cref="TextShape.WordCount(string, int)"/> with <see cref="WordLimit"/>: compare it only with numbers below the limit.</summary>
    public int Words => _words >= 0 ? _words : _words = TextShape.WordCount(Text, WordLimit);

    private void FindBare()
    {
        if (_bareStart >= 0)
        {
            return;
        }

        // Neither apostrophe is an edge mark, so the edges are the same before and after the swap.
        var stripped = Stripped;
        var start = 0;
        var end = stripped.Length;
        while (start < end && BoilerplateClassifier.IsEdgeMark(stripped[start]))
        {
            start++;
        }

        while (end > start && BoilerplateClassifier.IsEdgeMark(stripped[end - 1]))
        {
            end--;
        }

        _bareStart = start;
        _bareEnd = end;
    }
}
