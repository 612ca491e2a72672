namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// Given names: evidence that a capitalized pair is a person ("Nikolai Patrushev"), and the transliteration
/// classes that make two spellings of one given name the same (Vladimir/Volodymyr, Alexei/Oleksiy). Spelling
/// differences NameVariants already folds (Sergey/Sergei, Aleksandr/Alexandr) need no class of their own.
/// </summary>
internal static class GivenNames
{
    /// <summary>Each line is one given name in the spellings and languages news outlets use for it.</summary>
    public static readonly string[] VariantClasses =
    {
        "Vladimir|Volodymyr|Volodimir|Wladimir|Uladzimir",
        "Alexander|Aleksandr|Alexandr|Oleksandr|Olexander|Aliaksandr|Alyaksandr|Alessandro|Alejandro",
        "Alexei|Alexey|Aleksei|Aleksey|Oleksiy|Oleksii|Olexiy|Alexis",
        "Sergey|Sergei|Serhiy|Serhii|Sergiy|Siarhei",
        "Dmitry|Dmitri|Dmytro|Dimitri|Dmitrii",
        "Andrey|Andrei|Andriy|Andrii|Andrzej",
        "Mikhail|Mykhailo|Mykhaylo|Michael|Michal|Mikhal",
        "Nikolai|Nikolay|Mykola|Nicholas|Nikolaj",
        "Yuri|Yury|Yuriy|Yurii|Iurii|Jurij",
        "Pavel|Pavlo|Paul|Pawel",
        "Pyotr|Petr|Petro|Peter|Piotr",
        "Grigory|Grigori|Hryhoriy|Hryhorii|Gregory",
        "Yevgeny|Yevgeniy|Evgeny|Evgeni|Yevhen|Eugene",
        "Oleg|Oleh",
        "Igor|Ihor",
        "Viktor|Victor",
        "Anatoly|Anatoliy|Anatolii",
        "Vitaly|Vitaliy|Vitalii",
        "Georgy|Georgiy|Heorhiy|George|Georgi",
        "Konstantin|Kostiantyn|Kostyantyn|Constantine",
        "Valery|Valeriy|Valerii",
        "Vasily|Vasyl|Vasili|Vasiliy",
        "Ivan|Ivan",
        "Yulia|Yuliya|Iuliia|Julia",
        "Olga|Olha",
        "Elena|Yelena|Olena|Helen",
        "Natalia|Natalya|Nataliya",
        "Maria|Mariya|Mariia",
        "Irina|Iryna",
        "Tatiana|Tatyana|Tetiana|Tetyana",
        "Ekaterina|Yekaterina|Kateryna|Catherine",
        "Anastasia|Anastasiya|Anastasiia",
        "Mohammed|Muhammad|Mohammad|Mohamed|Muhammed",
        "Ahmed|Ahmad",
        "Hussein|Hussain|Husain",
        "Yusuf|Youssef|Yousef|Joseph",
        "Ali|Aly",
    };

    /// <summary>Common given names in news, beyond those in <see cref="VariantClasses"/>.</summary>
    public static readonly string[] Common =
    {
        "Aaron", "Abdul", "Abdullah", "Adam", "Adrian", "Ahmet", "Alan", "Albert", "Alberto", "Alex", "Alice", "Alina",
        "Amanda", "Amir", "Amy", "Ana", "Andrew", "Angela", "Ann", "Anna", "Anne", "Anthony", "Antonio", "Antony",
        "Ariel", "Arthur", "Barack", "Ben", "Benjamin", "Bernie", "Bill", "Bob", "Boris", "Brian", "Carl", "Carlos",
        "Caroline", "Catherine", "Charles", "Chris", "Christian", "Christina", "Christopher", "Claire", "Daniel", "David",
        "Dominic", "Donald", "Edward", "Elizabeth", "Emily", "Emma", "Emmanuel", "Enrique", "Eric", "Fatima", "Francis",
        "Frank", "Fred", "Gary", "Hakan", "Hans", "Harry", "Henry", "Hillary", "Hugo", "Jack", "Jacob", "Jake", "James",
        "Jane", "Janet", "Jason", "Javier", "Jean", "Jeff", "Jeffrey", "Jennifer", "Jens", "Jeremy", "Jessica", "Jim",
        "Joe", "Johann", "John", "Jonathan", "Jose", "José", "Josep", "Joseph", "Juan", "Justin", "Kamala", "Karen",
        "Karl", "Kate", "Keir", "Kevin", "Kim", "Kristi", "Kurt", "Laura", "Lee", "Liz", "Lloyd", "Luis", "Luke",
        "Marco", "Maria", "Mark", "Martin", "Mary", "Matthew", "Max", "Michel", "Mike", "Narendra", "Nancy", "Ned",
        "Nick", "Olaf", "Olivier", "Omar", "Pedro", "Peter", "Philip", "Rachel", "Ralph", "Recep", "Richard", "Rishi",
        "Robert", "Ron", "Ryan", "Sam", "Samuel", "Sarah", "Scott", "Sean", "Stephen", "Steve", "Steven", "Susan",
        "Theresa", "Thomas", "Tim", "Tom", "Tony", "Ursula", "Walter", "William", "Xi", "Yoon", "Antonio", "Giorgia",
        "Emmanuelle", "Friedrich", "Annalena", "Donald", "Mette", "Sanna", "Viktoria", "Josep", "Kaja", "Mateusz",
        "Radoslaw", "Ramzan", "Sergio", "Shinzo", "Fumio", "Justin", "Jair", "Lula", "Luiz", "Nicolas", "Recep",
        "Bashar", "Benjamin", "Ebrahim", "Hassan", "Ismail", "Mahmoud", "Naftali", "Yair", "Yahya", "Tedros",
        "Antonio", "Jens", "Mark", "Volker", "Linda", "Lindsey", "Marjorie", "Mitch", "Chuck", "Kevin", "Mike",
        "Elon", "Jeff", "Bill", "Mark", "Sundar", "Satya", "Tim", "Jensen", "Sam", "Leonid", "Gennady", "Ramil",
        "Maxim", "Maksim", "Denis", "Roman", "Artem", "Artyom", "Kirill", "Ruslan", "Rustem", "Arseniy", "Yevgeniy",
        "Boris", "Emily", "Lloyd", "Jack", "Joe", "Nikolai", "Antony", "Jake", "Karine", "Maria", "Sviatlana",
        "Svetlana", "Ludmila", "Lyudmila", "Valentina", "Marina", "Galina", "Oksana", "Daria", "Darya",
    };
}
