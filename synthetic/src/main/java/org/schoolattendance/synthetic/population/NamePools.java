package org.schoolattendance.synthetic.population;

/**
 * Invented-combination first names and surnames; any resemblance to real pupils is chance. First
 * names are kept apart by sex, so that a pupil's forename matches the sex recorded in the census.
 */
enum NamePools {
  BRITISH(
      new String[] {
        "Amelia",
        "Isla",
        "Poppy",
        "Freya",
        "Evie",
        "Ruby",
        "Grace",
        "Zoë",
        "Daisy",
        "Chloë",
        "Ellie-May"
      },
      new String[] {
        "Oliver", "George", "Harry", "Jack", "Alfie", "Charlie", "Thomas", "Archie", "Leo", "Noah",
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
      new String[] {"Aoife", "Niamh", "Siobhán", "Róisín"},
      new String[] {"Ciarán", "Seán", "Oisín", "Declan"},
      new String[] {
        "O'Connor", "O'Brien", "Murphy", "O'Sullivan", "McCarthy", "Byrne", "Ní Bhriain", "Doyle"
      }),
  TRAVELLER(
      new String[] {"Bridget", "Kathleen", "Mary", "Margaret"},
      new String[] {"Johnny", "Patrick", "Michael", "Martin"},
      new String[] {
        "Ward", "McDonagh", "Doherty", "Joyce", "O'Donnell", "Maughan", "Lee", "Price"
      }),
  ROMA(
      new String[] {"Denisa", "Alexandra", "Roxana", "Bianca"},
      new String[] {"Mihai", "Florin", "Marius", "Ionuț"},
      new String[] {"Stoica", "Lăcătuș", "Rostas", "Dumitru", "Varga", "Kalányos", "Bălan"}),
  EUROPEAN(
      new String[] {"Zofia", "Wiktoria", "Ioana", "Ieva", "Lucía", "Inês", "Giulia", "Małgorzata"},
      new String[] {"Łukasz", "Jakub", "Andrei", "Matas", "José", "João", "Matteo", "Jürgen"},
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
      new String[] {"Tia", "Shanice", "Amara", "Nia"},
      new String[] {"Jayden", "Malachi", "Kai", "Reuben"},
      new String[] {"Campbell", "Clarke", "Walker", "Francis", "Grant", "Thomas", "Brown-Lewis"}),
  AFRICAN_BRITISH(
      new String[] {"Grace", "Adaeze", "Esme", "Simi"},
      new String[] {"Daniel", "Samuel", "Kofi", "Tunde"},
      new String[] {"Okafor-Smith", "Mensah", "Taylor", "Adeyemi", "Hughes", "Osei"}),
  ASIAN_BRITISH(
      new String[] {"Maya", "Leila", "Anya"},
      new String[] {"Rohan", "Sami", "Zane"},
      new String[] {"Khan", "Patel", "Hargreaves", "Shah-Bennett", "Ahmed", "Cole"}),
  MIXED(
      new String[] {"Sofia", "Nadia", "Aaliyah", "Yasmin", "Zoë"},
      new String[] {"Elias", "Luca", "Mateo", "Rafael"},
      new String[] {"Silva", "Morgan", "Hassan", "Novak", "Reyes", "O'Neill", "Mendes-Clark"}),
  INDIAN(
      new String[] {"Priya", "Ananya", "Harpreet", "Diya", "Kavya"},
      new String[] {"Arjun", "Aarav", "Rohan", "Jaspreet", "Vikram"},
      new String[] {"Patel", "Sharma", "Singh", "Gupta", "Shah", "Kaur", "Mistry", "Gill"}),
  PAKISTANI(
      new String[] {"Aisha", "Zainab", "Maryam", "Hafsa"},
      new String[] {"Muhammad", "Hamza", "Ibrahim", "Ayaan"},
      new String[] {"Khan", "Hussain", "Ahmed", "Iqbal", "Raza", "Malik", "Butt", "Akhtar"}),
  BANGLADESHI(
      new String[] {"Fatima", "Nusrat", "Sumaiya", "Tasnim"},
      new String[] {"Abdul", "Rahim", "Tahmid", "Arif"},
      new String[] {"Begum", "Rahman", "Uddin", "Miah", "Islam", "Chowdhury", "Hoque"}),
  OTHER_ASIAN(
      new String[] {"Linh", "Kajani", "Ngọc", "Thảo"},
      new String[] {"Thanh", "Minh", "Tharshan", "Nimal"},
      new String[] {"Nguyễn", "Trần", "Phạm", "Lê", "Sivakumar", "Perera", "Rajapakse"}),
  CARIBBEAN(
      new String[] {"Tianna", "Shanice", "Keisha", "Latoya"},
      new String[] {"Jayden", "Malachi", "Dwayne", "Kemar", "Andre"},
      new String[] {
        "Campbell", "Clarke", "Williams", "Francis", "Grant", "Thomas", "Henry", "Bailey"
      }),
  AFRICAN(
      new String[] {"Amara", "Adaeze", "Abena", "Hodan", "Fartun", "Chiamaka"},
      new String[] {"Chidi", "Tobi", "Kwame", "Abdirahman", "Femi"},
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
      new String[] {"Xinyi", "Mei", "Lan", "Yu"},
      new String[] {"Wei", "Jun", "Hao", "Zhi"},
      new String[] {"Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Zhou"}),
  MIDDLE_EASTERN(
      new String[] {"Elif", "Zeynep", "Layla", "Nour"},
      new String[] {"Yusuf", "Emre", "Omar", "Dara", "Şükrü"},
      new String[] {
        "Şahin", "Yılmaz", "Demir", "Karimi", "Al-Hashimi", "Haddad", "Öztürk", "Rahimi"
      });

  final String[] girls;
  final String[] boys;
  final String[] surnames;

  NamePools(String[] girls, String[] boys, String[] surnames) {
    this.girls = girls;
    this.boys = boys;
    this.surnames = surnames;
  }

  String[] forenames(char sex) {
    return sex == 'F' ? girls : boys;
  }
}
