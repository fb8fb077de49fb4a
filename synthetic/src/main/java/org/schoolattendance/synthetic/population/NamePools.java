package org.schoolattendance.synthetic.population;

/** Invented-combination first names and surnames; any resemblance to real pupils is chance. */
enum NamePools {
  BRITISH(
      new String[] {
        "Oliver",
        "Amelia",
        "George",
        "Isla",
        "Harry",
        "Poppy",
        "Jack",
        "Freya",
        "Alfie",
        "Evie",
        "Charlie",
        "Ruby",
        "Thomas",
        "Grace",
        "Archie",
        "Zoë",
        "Leo",
        "Daisy",
        "Noah",
        "Chloë",
        "Ellie-May",
        "Finley"
      },
      new String[] {
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Wilson",
        "Evans",
        "Hughes",
        "Walker",
        "Wright",
        "Robinson",
        "Thompson",
        "Ashworth",
        "Pemberton",
        "Fairbairn",
        "Holloway",
        "Marsh",
        "Smith-Jones",
        "Baker",
        "Kettering"
      }),
  IRISH(
      new String[] {"Aoife", "Ciarán", "Niamh", "Seán", "Siobhán", "Oisín", "Róisín", "Declan"},
      new String[] {
        "O'Connor", "O'Brien", "Murphy", "O'Sullivan", "McCarthy", "Byrne", "Ní Bhriain", "Doyle"
      }),
  TRAVELLER(
      new String[] {
        "Bridget", "Johnny", "Kathleen", "Patrick", "Mary", "Michael", "Margaret", "Martin"
      },
      new String[] {
        "Ward", "McDonagh", "Doherty", "Joyce", "O'Donnell", "Maughan", "Lee", "Price"
      }),
  ROMA(
      new String[] {
        "Mihai", "Florin", "Denisa", "Alexandra", "Marius", "Roxana", "Ionuț", "Bianca"
      },
      new String[] {"Stoica", "Lăcătuș", "Rostas", "Dumitru", "Varga", "Kalányos", "Bălan"}),
  EUROPEAN(
      new String[] {
        "Łukasz",
        "Zofia",
        "Jakub",
        "Wiktoria",
        "Andrei",
        "Ioana",
        "Ieva",
        "Matas",
        "José",
        "Lucía",
        "João",
        "Inês",
        "Giulia",
        "Matteo",
        "Małgorzata",
        "Jürgen"
      },
      new String[] {
        "Kowalski",
        "Wiśniewska",
        "Nowak",
        "Popescu",
        "Kazlauskas",
        "García",
        "Fernández",
        "Gonçalves",
        "Rossi",
        "Müller",
        "Zieliński",
        "Dąbrowska"
      }),
  CARIBBEAN_BRITISH(
      new String[] {"Jayden", "Tia", "Malachi", "Shanice", "Kai", "Amara", "Reuben", "Nia"},
      new String[] {"Campbell", "Clarke", "Walker", "Francis", "Grant", "Thomas", "Brown-Lewis"}),
  AFRICAN_BRITISH(
      new String[] {"Tobi", "Grace", "Daniel", "Adaeze", "Samuel", "Esme", "Kofi"},
      new String[] {"Okafor-Smith", "Mensah", "Taylor", "Adeyemi", "Hughes", "Osei"}),
  ASIAN_BRITISH(
      new String[] {"Maya", "Rohan", "Leila", "Sami", "Anya", "Zane"},
      new String[] {"Khan", "Patel", "Hargreaves", "Shah-Bennett", "Ahmed", "Cole"}),
  MIXED(
      new String[] {
        "Sofia", "Elias", "Nadia", "Luca", "Aaliyah", "Mateo", "Yasmin", "Zoë", "Rafael"
      },
      new String[] {"Silva", "Morgan", "Hassan", "Novak", "Reyes", "O'Neill", "Mendes-Clark"}),
  INDIAN(
      new String[] {
        "Arjun", "Priya", "Aarav", "Ananya", "Harpreet", "Rohan", "Diya", "Jaspreet", "Kavya"
      },
      new String[] {"Patel", "Sharma", "Singh", "Gupta", "Shah", "Kaur", "Mistry", "Gill"}),
  PAKISTANI(
      new String[] {"Muhammad", "Aisha", "Zainab", "Hamza", "Maryam", "Ibrahim", "Ayaan", "Hafsa"},
      new String[] {"Khan", "Hussain", "Ahmed", "Iqbal", "Raza", "Malik", "Butt", "Akhtar"}),
  BANGLADESHI(
      new String[] {"Abdul", "Fatima", "Rahim", "Nusrat", "Tahmid", "Sumaiya", "Arif", "Tasnim"},
      new String[] {"Begum", "Rahman", "Uddin", "Miah", "Islam", "Chowdhury", "Hoque"}),
  OTHER_ASIAN(
      new String[] {"Thanh", "Linh", "Minh", "Anh", "Tharshan", "Kajani", "Nimal", "Ngọc"},
      new String[] {"Nguyễn", "Trần", "Phạm", "Lê", "Sivakumar", "Perera", "Rajapakse"}),
  CARIBBEAN(
      new String[] {"Jayden", "Tianna", "Malachi", "Shanice", "Dwayne", "Kemar", "Keisha", "Andre"},
      new String[] {
        "Campbell", "Clarke", "Williams", "Francis", "Grant", "Thomas", "Henry", "Bailey"
      }),
  AFRICAN(
      new String[] {
        "Chidi",
        "Amara",
        "Tobi",
        "Adaeze",
        "Kwame",
        "Abena",
        "Hodan",
        "Abdirahman",
        "Fartun",
        "Chiamaka",
        "Femi"
      },
      new String[] {
        "Okafor",
        "Adeyemi",
        "Mensah",
        "Osei",
        "Mohamed",
        "Warsame",
        "Abdi",
        "Nwosu",
        "Boateng",
        "Adébáyọ̀"
      }),
  CHINESE(
      new String[] {"Wei", "Xinyi", "Jun", "Mei", "Hao", "Yu", "Lan", "Zhi"},
      new String[] {"Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Zhou"}),
  MIDDLE_EASTERN(
      new String[] {"Yusuf", "Elif", "Emre", "Zeynep", "Omar", "Layla", "Dara", "Şükrü", "Nour"},
      new String[] {
        "Şahin", "Yılmaz", "Demir", "Karimi", "Al-Hashimi", "Haddad", "Öztürk", "Rahimi"
      });

  final String[] forenames;
  final String[] surnames;

  NamePools(String[] forenames, String[] surnames) {
    this.forenames = forenames;
    this.surnames = surnames;
  }
}
