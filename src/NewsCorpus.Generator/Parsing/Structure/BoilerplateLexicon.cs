using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// The words of web-page furniture, in the forms news sites print them. These are vocabulary, not lines copied
/// from any one site: each list is matched as a whole line, a line opening or a phrase inside a short line, and
/// <see cref="BoilerplateClassifier"/> adds the structural checks (length, position, punctuation) that keep a
/// sentence of the story from being taken for furniture.
/// </summary>
internal static class BoilerplateLexicon
{
    /// <summary>Whole lines that are navigation or page chrome.</summary>
    public static readonly HashSet<string> NavigationLines = Set(
        "all news", "news feed", "newsfeed", "home", "homepage", "home page", "main", "main menu", "menu", "search",
        "back", "go back", "sections", "navigation", "toggle navigation", "skip to content", "skip to main content",
        "back to top", "log in", "login", "sign in", "register", "my account", "account", "close", "loading",
        "latest news", "latest", "top stories", "breaking news", "live", "en", "english", "next", "previous",
        "next article", "previous article", "next story", "previous story", "font size", "print this page",
        "listen to this article", "listen", "play", "copy link", "copied", "text size");

    /// <summary>Whole lines that invite the reader to do something other than read on.</summary>
    public static readonly HashSet<string> PromptLines = Set(
        "comments", "comment", "leave a reply", "leave a comment", "post a comment", "add a comment", "cancel reply",
        "reply", "post comment", "submit", "share", "share this", "share this article", "share this story",
        "share this post", "share article", "tweet", "print", "email", "e-mail", "facebook", "twitter", "whatsapp",
        "telegram", "linkedin", "reddit", "pinterest", "recommended", "recommended for you", "related",
        "related articles", "related stories", "related news", "related posts", "related content", "read more",
        "read also", "also read", "see also", "more news", "more stories", "more from this author", "most read",
        "most popular", "trending", "trending now", "popular", "you may also like", "you might also like",
        "don't miss", "watch", "subscribe", "subscribe now", "follow us", "join the conversation",
        "join the discussion", "sign up", "newsletter", "load more", "show comments", "view comments",
        "what do you think", "discussion", "comments are closed", "like this", "like", "share on facebook",
        "share on twitter", "share via email", "name", "your name", "website", "email address", "your email",
        "like this", "rate this", "print article", "save", "saved", "bookmark", "follow");

    /// <summary>Line openings of prompts; the classifier only trusts them on short lines.</summary>
    public static readonly string[] PromptOpenings =
    {
        "subscribe to", "subscribe for", "subscribe now", "subscribe and", "sign up for", "sign up to", "sign up now",
        "follow us", "follow @", "join us on", "join our", "like us on", "download the", "download our",
        "get the latest", "get our", "get breaking", "click here", "tap here", "read more", "read also", "also read",
        "see also", "related:", "recommended:", "more from", "more on this", "more stories", "more news from",
        "recent news from", "latest news from", "latest from", "our readers are reading", "readers also read",
        "you may also like", "you might also like", "you may be interested", "you might be interested",
        "most read", "don't miss", "do not miss", "leave a reply", "leave a comment", "post a comment",
        "your email address will not be published", "required fields are marked", "save my name",
        "you must be logged in", "notify me of", "share this", "share on", "share via", "sign in to", "log in to",
        "support our journalism", "support independent", "become a member", "become a subscriber",
        "enable javascript", "please enable javascript", "we use cookies", "this site uses cookies",
        "this website uses cookies", "have a tip", "send us a tip", "got a news tip", "report an error",
        "report a typo", "comments are closed", "get the app", "join the conversation", "join the discussion",
        "to continue reading", "already a subscriber", "this content is for subscribers",
    };

    /// <summary>Phrases that make a short line a prompt wherever they sit in it.</summary>
    public static readonly string[] PromptPhrases =
    {
        "your email address will not be published", "required fields are marked", "to our newsletter",
        "our newsletter", "our telegram channel", "follow us on", "subscribe to our", "sign up for our",
        "click here to", "in your inbox", "our readers are reading",
    };

    /// <summary>Whole lines that are advertising or page furniture.</summary>
    public static readonly HashSet<string> BoilerplateLines = Set(
        "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "paid content", "paid post",
        "promoted", "promoted content", "partner content", "story continues below", "story continues below advertisement",
        "article continues below", "article continues below advertisement", "continue reading",
        "continue reading below", "scroll to continue with content", "tags", "topics", "all rights reserved",
        "content continues below", "end of article");

    /// <summary>Line openings of furniture: copyright notices, tag and category lists.</summary>
    public static readonly string[] BoilerplateOpenings =
    {
        "\u00A9", "(c) ", "copyright \u00A9", "copyright (c)", "all rights reserved", "tags:", "topics:", "filed under",
        "categories:", "category:", "posted in", "keywords:", "related topics:", "this article is protected",
        "reproduction of", "advertisement -", "advertisement:", "advertisement |", "sponsored by",
    };

    /// <summary>
    /// Line openings that mark a line as a caption or image credit. "Photos:" and "Video:" are left out: they
    /// open gallery and video headlines as often as captions.
    /// </summary>
    public static readonly string[] CaptionOpenings =
    {
        "photo:", "photo by", "photo credit", "photo courtesy", "photograph:", "photograph by",
        "photography:", "picture:", "pictured:", "image:", "images:", "image credit", "image source",
        "image via", "main image:", "top image:", "featured image", "cover image", "cover photo", "file photo",
        "illustration:", "illustration by", "caption:", "credit:", "credits:", "source image", "(photo",
        "(image", "(picture", "(credit", "(ap photo", "(file photo", "[photo", "[image", "(illustration",
    };

    /// <summary>
    /// Credit markers as they sit inside captions, matched case-sensitively ("Image credit:" but not "the image:").
    /// <see cref="IsTrailingCredit"/> decides how close to the line end they must be.
    /// </summary>
    public static readonly string[] CaptionMarkers =
    {
        "Image credit:", "Image Credit:", "Photo credit:", "Photo Credit:", "Photo:", "Photograph:", "Picture:",
        "Image:", "Credit:", "Photo by ", "Photo courtesy", "(Photo", "(AP Photo", "(Reuters/", "AP Photo/",
        "REUTERS/", "Reuters/", "AFP/", "/AFP", "/ AFP", "EPA-EFE", "/EPA", "TASS/", "/TASS", "Sputnik/",
        "/Sputnik", "/ Reuters", "via Reuters", "\u00A9 ",
    };

    /// <summary>
    /// Picture libraries whose name closes a caption ("… Kyiv, 2022. Getty Images"). News agencies are not here:
    /// "… according to Reuters" ends many sentences, so they count only in the forms of <see cref="CaptionMarkers"/>.
    /// </summary>
    public static readonly string[] PhotoLibraries =
    {
        "Getty Images", "Shutterstock", "Alamy", "iStock", "iStockphoto", "Pexels", "Unsplash", "Wikimedia Commons",
        "Depositphotos", "Dreamstime", "Pixabay", "Flickr",
    };

    /// <summary>Line openings of credit lines ("Reporting by …; Editing by …").</summary>
    public static readonly string[] CreditOpenings =
    {
        "additional reporting by", "additional reporting from", "reporting by", "reporting from", "writing by",
        "editing by", "edited by", "compiled by", "with reporting by", "with reporting from", "with additional reporting",
        "source:", "sources:", "(reporting by", "(additional reporting", "(writing by", "(editing by", "(compiled by",
        "this article was originally published", "this article originally appeared", "this story was originally published",
        "this story originally appeared", "originally published", "this article first appeared", "this story first appeared",
        "a version of this", "this article was produced", "this story was produced", "translated by", "translation by",
    };

    /// <summary>Phrases that make a short line a credit wherever they sit in it.</summary>
    public static readonly string[] CreditPhrases =
    {
        "contributed to this report", "contributed to this story", "contributed to this article",
        "contributed reporting", "contributed additional reporting", "contributed to reporting",
    };

    /// <summary>Openings of a note about the author.</summary>
    public static readonly string[] BioOpenings = { "about the author", "about the writer", "author bio", "author's bio" };

    /// <summary>Words that make "X is a … for …" a note about a writer rather than a sentence of the story.</summary>
    public static readonly string[] BioRoles =
    {
        "reporter", "correspondent", "journalist", "writer", "editor", "columnist", "contributor", "author",
        "analyst", "producer", "freelancer", "freelance", "blogger", "fellow", "anchor", "commentator",
        "photographer", "photojournalist", "staff", "bureau chief", "newsroom",
    };

    /// <summary>News agencies, as they appear in datelines and bylines; the first spelling is the one reported.</summary>
    public static readonly string[] Agencies =
    {
        "Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse", "TASS", "BelTA",
        "Interfax", "RIA Novosti", "Xinhua", "Bloomberg", "dpa", "DPA", "UPI", "Anadolu", "Anadolu Agency", "PTI",
        "ANI", "IANS", "Kyodo", "Yonhap", "EFE", "ANSA", "Ukrinform", "UNIAN", "Sputnik", "CNN", "BBC", "NHK",
        "PAP", "CTK", "MTI", "AAP", "Press Association", "PA", "PA Media", "Bernama", "Antara", "KUNA", "WAFA",
    };

    private static HashSet<string> Set(params string[] items) => new(items, StringComparer.OrdinalIgnoreCase);
}
