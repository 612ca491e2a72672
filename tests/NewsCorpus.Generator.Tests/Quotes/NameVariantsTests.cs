namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>Which spellings are one name, for speakers within an article and across the corpus.</summary>
public sealed class NameVariantsTests
{
    [Theory]
    [InlineData("Zelensky", "Zelenskyy")]
    [InlineData("Zelenskiy", "ZELENSKY")]
    [InlineData("Alexei Zaitsev", "Alexey Zaytsev")]
    [InlineData("Sergey Lavrov", "Sergei Lavrov")]
    [InlineData("Elena Marković", "Elena Markovic")]
    [InlineData("Volodymyr Zelenskyy", "Vladimir Zelensky")]
    [InlineData("Oleksandr Syrskyi", "Alexander Syrsky")]
    [InlineData("Dmytro Kuleba", "Dmitry Kuleba")]
    [InlineData("Karine Jean-Pierre", "Karine Jean Pierre")]
    public void Spellings_of_one_name_have_one_key(string left, string right) =>
        Assert.True(NameVariants.Same(left, right), NameVariants.Key(left) + " / " + NameVariants.Key(right));

    [Theory]
    [InlineData("Sergey Lavrov", "Sergey Ryabkov")]
    [InlineData("Lavrov", "Sergey Lavrov")]
    [InlineData("Volodymyr Zelensky", "Volodymyr Petrov")]
    [InlineData("Petro Poroshenko", "Pyotr Poroshenko Jr")]
    public void Different_names_have_different_keys(string left, string right) =>
        Assert.False(NameVariants.Same(left, right));

    [Fact]
    public void A_given_name_alone_is_not_folded_into_another_name()
    {
        Assert.Equal("petro", NameVariants.Key("Petro"));
    }
}
