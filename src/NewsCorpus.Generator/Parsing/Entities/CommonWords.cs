namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// Words that are capitalized because they start a sentence or a headline, or that name a time, not a thing.
/// A capitalized run never starts with one of them, and never consists only of them.
/// </summary>
internal static class CommonWords
{
    public static readonly string[] FunctionWords =
    {
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His",
        "Her", "Their", "Our", "My", "Your", "Him", "Them", "Us", "In", "On", "At", "By", "For", "From", "With",
        "Without", "As", "After", "Before", "During", "While", "When", "Where", "Why", "How", "What", "Who", "Whom",
        "Whose", "Which", "But", "And", "Or", "Nor", "So", "Yet", "If", "Although", "Though", "Because", "Since",
        "Until", "Unless", "Whether", "Meanwhile", "However", "Moreover", "Furthermore", "Nevertheless",
        "Nonetheless", "Also", "Regarding", "According", "Both", "All", "Some", "Many", "Most", "More", "Much", "Few",
        "Several", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Hundreds",
        "Thousands", "Millions", "Previously", "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "Tonight",
        "Now", "Then", "There", "Here", "Not", "No", "Yes", "Such", "Other", "Another", "Each", "Every", "Any", "Only",
        "Even", "Just", "Still", "Already", "Instead", "Thus", "Hence", "Indeed", "Last", "Next", "Said", "Says",
        "Say", "Asked", "Added", "Told", "Was", "Were", "Is", "Are", "Be", "Been", "Has", "Have", "Had", "Do", "Does",
        "Did", "Will", "Would", "Can", "Could", "Should", "May", "Might", "Must", "Shall", "Let", "Into", "Over",
        "Under", "About", "Against", "Between", "Among", "Through", "Across", "Amid", "Despite", "Per", "Via", "Like",
        "Unlike", "Of", "To", "Up", "Out", "Off", "Down", "Near", "Toward", "Towards", "Upon", "Within", "Beyond",
        "Please", "Read", "See", "Watch", "Follow", "Subscribe", "Share", "Click", "Sign", "Photo", "Image", "Video",
        "Source", "Sources", "Editor's", "Note", "Update", "Updated", "Breaking", "Exclusive", "Opinion", "Analysis",
        "Credit", "Credits", "Caption", "Reporter", "Reporters", "Officials", "Official", "Experts", "Leaders",
    };

    public static readonly string[] TimeWords =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter", "New Year",
        "Ramadan", "Eid", "AM", "PM", "GMT", "UTC", "BST", "CET", "EST", "PST", "MSK",
    };

    /// <summary>Capitalized nouns that name events, eras or ideas rather than a person, place or organization.</summary>
    public static readonly string[] NotNames =
    {
        "War", "Cold War", "World War", "Covid", "COVID-19", "Covid-19", "Internet", "God", "Bible", "Koran", "Quran",
        "Constitution", "Treaty", "Agreement", "Accords", "Protocol", "Olympics", "Games", "Cup", "Championship",
        "West", "East", "North", "South", "Western", "Eastern", "Northern", "Southern",
    };
}
