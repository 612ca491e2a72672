namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// Gives each line its <see cref="LineKind"/> from the line alone. The order matters where two readings are
/// possible: "Photo: Reuters" is a caption before it is a credit, "By Jane Doe | 18 January 2024" is a byline
/// before it is a date line.
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
        else if (BoilerplateClassifier.IsCaption(text))
        {
            line.Kind = LineKind.Caption;
        }
        else if (BoilerplateClassifier.IsPrompt(text))
        {
            line.Kind = LineKind.Prompt;
        }
        else if (BoilerplateClassifier.IsBoilerplate(text))
        {
            line.Kind = LineKind.Boilerplate;
        }
        else if (BoilerplateClassifier.IsCredit(text))
        {
            line.Kind = LineKind.Credit;
        }
        else if (BoilerplateClassifier.IsBioOpening(text))
        {
            line.Kind = LineKind.AuthorBio;
        }
        else if (BylineParser.TryParse(text, out var byline))
        {
            line.Kind = LineKind.Byline;
            line.Byline = byline;
        }
        else if (BoilerplateClassifier.IsNavigation(text))
        {
            line.Kind = LineKind.Navigation;
        }
        else if (DateParser.IsDateLine(text, line.Dates))
        {
            line.Kind = LineKind.Date;
        }
        else
        {
            line.Kind = LineKind.Text;
        }
    }
}
