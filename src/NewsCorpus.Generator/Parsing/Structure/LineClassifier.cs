namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// Gives each line its <see cref="LineKind"/> from the line alone. The order matters where two readings are
/// possible: "Photo: Reuters" is a caption before it is a credit, "By Jane Doe | 18 January 2024" is a byline
/// before it is a date line. Every check reads the same <see cref="LineView"/>, so the line is stripped, reduced
/// and counted once however many checks it goes through.
/// </summary>
internal static class LineClassifier
{
    public static void Classify(ContentLine line)
    {
        var text = line.Text;
        if (BoilerplateClassifier.IsUnreadable(text))
        {
            line.Kind = LineKind.Unreadable;
        }
        else if (BoilerplateClassifier.IsSeparator(text))
        {
            line.Kind = LineKind.Separator;
        }
        else if (text.Length > BoilerplateClassifier.MaxLength * 2)
        {
            // Furniture is short: a long line is story text, and skipping the checks keeps huge lines cheap.
            line.Kind = LineKind.Text;
        }
        else if (BoilerplateClassifier.IsCaption(line))
        {
            line.Kind = LineKind.Caption;
        }
        else if (BoilerplateClassifier.IsPrompt(line))
        {
            line.Kind = LineKind.Prompt;
        }
        else if (BoilerplateClassifier.IsBoilerplate(line))
        {
            line.Kind = LineKind.Boilerplate;
        }
        else if (BoilerplateClassifier.IsCredit(line))
        {
            line.Kind = LineKind.Credit;
        }
        else if (BoilerplateClassifier.IsBioOpening(line))
        {
            line.Kind = LineKind.AuthorBio;
        }
        else if (BylineParser.TryParse(line, out var byline))
        {
            line.Kind = LineKind.Byline;
            line.Byline = byline;
        }
        else if (BoilerplateClassifier.IsNavigation(line))
        {
            line.Kind = LineKind.Navigation;
        }
        else if (text.Length <= DateParser.MaxDateLineLength && DateParser.IsDateLine(text, line.Dates))
        {
            line.Kind = LineKind.Date;
        }
        else
        {
            line.Kind = LineKind.Text;
        }
    }
}
