"""Name pools and a deterministic allocator for people in fictional news articles.

Why: the attributor training corpus is hand-written *fiction* news. Names that
writers pull from memory cluster on a few famous or stereotyped names, leak real
people (politicians, celebrities) into fiction, and recur across unrelated
articles -- which lets a source-attribution model learn spurious cross-article
links ("Dr. Smith appears again, so these belong together"). This module gives
every article its own cast: a seeded allocation in which no family name is used
in more than one article of a call (nor twice within one article), mixing
cultures roughly like an English-language news outlet would.

Contents:
  GIVEN, FAMILY   dict culture -> tuple of names (hand-written lists; a few
                  cultures with compositional surnames -- English toponymics,
                  German, Swedish, Japanese, Finnish -- are extended with
                  deterministic compounds of real surname elements).
  allocate(...)   doc ids -> list of (given, family, culture).
  CLI             python names.py --prefix news --start 1 --count 50 --people 14 \
                      --seed N --exclude-file used.txt --update-exclude --out f.tsv
Standard library only, Python 3.10+.
"""
from __future__ import annotations

import argparse
import math
import random
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path


def _t(s: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in s.split(",") if x.strip())


_GIVEN_RAW: dict[str, tuple[str, ...]] = {
    "english_us": _t("Avery, Brandon, Caitlin, Darnell, Erin, Garrett, Heather, Jalen, Kendra, Logan, Nolan, Paige, Quentin, Rhonda, Shane, Tamika, Travis, Whitney, Wyatt, Brianna, Cody, Dana, Derek, Jenna, Kyle, Lacey, Marcus, Megan, Trent, Shawna, Dwayne, Courtney, Tyler, Kristen, Austin, Destiny, Colby, Brooke, Jared, Misty, Reggie, Tanya"),
    "english_uk": _t("Alistair, Bethan, Callum, Declan, Eleanor, Gemma, Harriet, Imogen, Jasper, Kirsty, Lewis, Maisie, Oliver, Phoebe, Rhys, Rosie, Toby, Verity, Wilf, Yasmin, Zara, Ben, Chloe, Dominic, Esme, Freddie, Georgina, Hugo, Isla, Jack, Kate, Liam, Martha, Nathan, Poppy, Rupert, Sian, Tess, Will, Hollie, Gareth, Nia"),
    "irish": _t("Aoife, Bríd, Cathal, Ciarán, Clodagh, Colm, Dearbhla, Dónal, Eimear, Eoin, Fergal, Fiadh, Fionnuala, Gráinne, Darragh, Lorcan, Méabh, Niall, Oisín, Orla, Pádraig, Róisín, Ruairí, Saoirse, Seán, Siobhán, Tadhg, Úna, Cormac, Deirdre, Enda, Fiachra, Mairéad, Nuala, Peadar, Rónán, Sorcha, Tomás, Caoimhe, Diarmuid, Aisling, Orlaith"),
    "scottish": _t("Ailsa, Angus, Catriona, Ewan, Fiona, Fraser, Greer, Hamish, Innes, Iona, Isla, Jamie, Kenna, Lachlan, Morag, Murdo, Rhona, Ruaridh, Seonaid, Shona, Struan, Torquil, Eilidh, Alasdair, Blair, Calum, Duncan, Elspeth, Finlay, Gregor, Heather, Irvine, Kirsteen, Lorne, Mhairi, Ross, Skye, Tam, Euan, Ishbel, Craig, Moira, Grant"),
    "german": _t("Anja, Bernd, Birgit, Dieter, Elke, Felix, Friederike, Gerd, Greta, Hannes, Heike, Ingo, Jens, Jutta, Karsten, Kerstin, Lars, Lena, Maik, Mareike, Nils, Petra, Ralf, Sabine, Silke, Steffen, Tanja, Torsten, Ute, Uwe, Volker, Wiebke, Jörg, Antje, Henning, Dörte, Sönke, Carsten, Franziska, Matthias, Claudia, Moritz"),
    "dutch": _t("Anouk, Bram, Daan, Eline, Femke, Floor, Geert, Hanneke, Ilse, Jeroen, Joost, Kees, Lieke, Maarten, Marloes, Niels, Noor, Pieter, Roos, Ruud, Sanne, Sjoerd, Thijs, Tjitske, Wouter, Yvette, Bas, Dirk, Esther, Fleur, Gijs, Hidde, Ineke, Jikke, Koen, Lotte, Marieke, Nienke, Rutger, Stijn, Wim, Annelies"),
    "french": _t("Amélie, Antoine, Aurélien, Bastien, Camille, Céline, Clément, Delphine, Élodie, Fabrice, Gaëlle, Guillaume, Hélène, Jérôme, Laetitia, Léa, Lucien, Manon, Mathieu, Nathalie, Océane, Pascal, Quentin, Romain, Sandrine, Sébastien, Solène, Thibault, Valérie, Yannick, Agathe, Benoît, Chloé, Damien, Estelle, Florian, Gilles, Inès, Maëlle, Olivier, Rémi, Sylvie"),
    "spanish": _t("Alba, Álvaro, Begoña, Borja, Carmen, Ainhoa, Diego, Elena, Fermín, Gonzalo, Iker, Inmaculada, Íñigo, Jaime, Lucía, Maite, Marta, Nerea, Óscar, Paloma, Pilar, Rocío, Rubén, Sergio, Soledad, Teresa, Unai, Vicente, Yolanda, Adrián, Blanca, Cristóbal, Dolores, Esteban, Fátima, Guillermo, Irene, Javier, Montserrat, Nuria, Raúl, Amparo"),
    "mexican": _t("Alejandra, Armando, Brenda, Citlali, Dulce, Eduardo, Esperanza, Fernanda, Gerardo, Guadalupe, Héctor, Itzel, Jesús, Karla, Leticia, Luis, Marisol, Mauricio, Nayeli, Octavio, Perla, Ramiro, Rigoberto, Rosario, Salvador, Silvia, Tonatiuh, Ulises, Verónica, Xóchitl, Yesenia, Arturo, Claudia, Efraín, Gabriela, Humberto, Lupita, Maricela, Omar, Rodrigo, Socorro, Abril"),
    "brazilian_portuguese": _t("Adriana, Bruna, Caio, Camila, Daniela, Davi, Débora, Eduarda, Fabiano, Felipe, Gabriel, Giovana, Heitor, Igor, Isabela, João, Juliana, Larissa, Leandro, Letícia, Marcelo, Mariana, Murilo, Natália, Otávio, Patrícia, Rafael, Renata, Rodrigo, Sabrina, Thiago, Vinícius, Vitória, Wellington, Yasmin, Beatriz, Cláudio, Fernanda, Gustavo, Luana, Raíssa, Tânia"),
    "italian": _t("Alessandro, Alessia, Beatrice, Carlo, Chiara, Daniele, Elisa, Emanuele, Federica, Filippo, Francesca, Gianluca, Giorgia, Ilaria, Jacopo, Laura, Lorenzo, Marco, Martina, Matteo, Noemi, Paolo, Raffaella, Riccardo, Roberta, Serena, Simone, Stefano, Tommaso, Valentina, Vittoria, Andrea, Benedetta, Cristiano, Dario, Fabio, Giulia, Luca, Manuela, Nicoletta, Pietro, Rossella"),
    "polish": _t("Agnieszka, Bartosz, Beata, Dorota, Dawid, Ewa, Filip, Grażyna, Grzegorz, Halina, Hubert, Iwona, Jacek, Joanna, Kamil, Katarzyna, Krzysztof, Łukasz, Magdalena, Małgorzata, Marek, Michał, Natalia, Paweł, Piotr, Renata, Sebastian, Sylwia, Szymon, Tomasz, Urszula, Wojciech, Zbigniew, Zofia, Aleksandra, Bogdan, Danuta, Edyta, Jarosław, Kinga, Maciej, Wiesława"),
    "ukrainian": _t("Andriy, Bohdan, Daryna, Dmytro, Halyna, Hanna, Ihor, Iryna, Kateryna, Kostiantyn, Larysa, Lesia, Maksym, Mariia, Mykola, Mykhailo, Nadiia, Oksana, Oleh, Oleksandra, Olena, Ostap, Petro, Roksolana, Roman, Serhiy, Solomiia, Stepan, Taras, Tetiana, Vasyl, Viktoriia, Volodymyr, Yaroslav, Yevhen, Yulia, Zoriana, Anatoliy, Bohdana, Liudmyla, Yurii, Khrystyna"),
    "russian": _t("Aleksei, Alina, Anastasia, Arkady, Boris, Daria, Denis, Ekaterina, Fyodor, Galina, Gleb, Grigory, Ilya, Inna, Kirill, Ksenia, Lev, Lyudmila, Marina, Matvei, Nadezhda, Nikita, Pavel, Polina, Raisa, Ruslan, Semyon, Sofia, Svetlana, Timofei, Tatiana, Valentina, Vadim, Vera, Yegor, Yelena, Zinaida, Artyom, Elizaveta, Konstantin, Varvara, Stanislav"),
    "hungarian": _t("Ádám, Anikó, Balázs, Bence, Csaba, Dóra, Eszter, Ferenc, Gábor, Gergely, Hajnalka, Ildikó, István, Judit, Katalin, Krisztina, László, Levente, Márta, Mátyás, Noémi, Orsolya, Péter, Réka, Sándor, Szilvia, Tamás, Tünde, Zoltán, Zsófia, Zsuzsanna, Attila, Boglárka, Dániel, Emese, Gyula, Imre, Kinga, Lilla, Miklós, Nóra, Viktória"),
    "romanian": _t("Adela, Adrian, Alexandru, Andreea, Bogdan, Camelia, Cătălin, Corina, Cristian, Daniela, Dorin, Elena, Florin, Gabriela, Horia, Ioana, Ionuț, Irina, Lavinia, Liviu, Loredana, Mădălina, Marius, Mihaela, Mircea, Monica, Ovidiu, Radu, Raluca, Sorin, Teodora, Valentin, Vlad, Violeta, Anca, Bianca, Costel, Doina, Emil, Iulia, Nicoleta, Traian"),
    "greek": _t("Alexandros, Anastasia, Angeliki, Christos, Dimitra, Dimitris, Eleni, Evangelos, Fotini, Georgia, Giorgos, Ioanna, Kostas, Katerina, Lefteris, Maria, Manolis, Nikos, Olga, Panagiotis, Paraskevi, Sotiris, Spyros, Stavroula, Thanasis, Theodora, Vasiliki, Vangelis, Xanthi, Yannis, Zoe, Antonis, Chrysa, Despina, Efthymios, Haris, Ilias, Kalliopi, Marina, Petros, Stella, Takis"),
    "turkish": _t("Ahmet, Ayşe, Burak, Büşra, Can, Cem, Deniz, Derya, Ebru, Elif, Emre, Esra, Fatih, Gizem, Gökhan, Hakan, Hande, İlker, İpek, Kemal, Kübra, Merve, Murat, Nazlı, Onur, Özge, Selin, Serkan, Sinem, Tolga, Tuba, Ufuk, Volkan, Yasemin, Yusuf, Zeynep, Barış, Ceren, Doğan, Levent, Melike, Oğuz"),
    "arabic": _t("Abdullah, Adel, Ahmad, Aisha, Amal, Amira, Bilal, Dalia, Fadi, Farah, Fatima, Ghada, Hadi, Hala, Hamza, Hana, Hassan, Huda, Ibrahim, Iman, Jamal, Karim, Khaled, Layla, Lina, Mahmoud, Mariam, Mona, Nabil, Nadia, Omar, Rana, Rami, Reem, Salma, Samir, Tarek, Walid, Yara, Youssef, Zainab, Ziad"),
    "persian": _t("Arash, Azadeh, Babak, Bahareh, Behnaz, Dariush, Farhad, Farnaz, Golnar, Hamid, Kaveh, Kian, Ladan, Leila, Mahsa, Mehdi, Mina, Mitra, Nasrin, Navid, Neda, Omid, Parisa, Parviz, Payam, Reza, Roya, Saeed, Sanaz, Shirin, Siavash, Soheila, Taraneh, Yasaman, Zahra, Afshin, Bijan, Elham, Kamran, Maryam, Ramin, Shadi"),
    "hindi": _t("Aarti, Abhishek, Aditi, Akash, Ananya, Ankit, Anjali, Arjun, Deepa, Deepak, Divya, Gaurav, Harsh, Isha, Kavita, Kiran, Manish, Meera, Neha, Nikhil, Pooja, Prakash, Priya, Rahul, Rajesh, Ritu, Rohit, Sanjay, Shalini, Shreya, Sunita, Tarun, Usha, Varun, Vikram, Vineeta, Yash, Sakshi, Ashok, Pallavi, Kunal, Nidhi"),
    "tamil": _t("Aravind, Bharathi, Chitra, Deepika, Dinesh, Gayathri, Ganesh, Hariharan, Indira, Jayanthi, Kalaivani, Karthik, Kavya, Lakshmi, Madhavan, Malini, Murugan, Nandhini, Prabhu, Priyanka, Ramesh, Revathi, Saravanan, Selvi, Senthil, Shanthi, Sundar, Tamilselvi, Thenmozhi, Uma, Vasanth, Vijay, Yamuna, Anitha, Balaji, Elango, Kumaran, Meenakshi, Pavithra, Rajkumar, Sangeetha, Vignesh"),
    "chinese": _t("Bo, Chunhua, Dan, Fang, Guang, Hai, Hong, Hui, Jian, Jie, Jing, Jun, Kai, Lan, Lei, Li, Ling, Ming, Na, Ning, Ping, Qiang, Qing, Rui, Shan, Tao, Ting, Wei, Xiaoming, Xin, Xiu, Yan, Yang, Yi, Ying, Yong, Yun, Zhen, Zhiwei, Zihan, Haoran, Meilin, Xiaoyu"),
    "korean": _t("Ji-hoon, Min-jun, Seo-yeon, Ji-woo, Hyun-woo, Soo-jin, Eun-ji, Dong-hyun, Ha-eun, Jae-won, Ye-jin, Sung-min, Da-eun, Tae-yang, Min-seo, Jun-ho, Yu-na, Seung-woo, Hye-jin, Kyung-soo, Na-rae, Sang-hoon, Bo-ram, Jin-young, So-yeon, Woo-jin, Eun-seo, Dae-ho, Mi-rae, Young-ho, Ji-a, Hyun-jung, Chang-min, Seul-gi, Yeon-woo, In-ho, Ga-young, Joon-young, Su-bin, Hee-jung, Do-yoon, Ah-young"),
    "japanese": _t("Akira, Ayaka, Daichi, Emi, Haruka, Haruto, Hina, Hiroshi, Kaede, Kaito, Kazuki, Keiko, Kenta, Mai, Makoto, Mayu, Misaki, Naoki, Nanami, Ren, Riko, Ryota, Sakura, Satoshi, Shota, Sora, Takumi, Tomoko, Yui, Yuka, Yusuke, Yuto, Aoi, Chihiro, Eri, Hayato, Kenji, Midori, Noriko, Shun, Tsubasa, Yoko"),
    "vietnamese": _t("An, Anh, Bao, Binh, Chau, Chi, Cuong, Dung, Duc, Giang, Ha, Hai, Hang, Hieu, Hoa, Hung, Huong, Khanh, Lan, Linh, Long, Mai, Minh, My, Nam, Ngoc, Nhung, Phuong, Quan, Quang, Tam, Thanh, Thao, Thuy, Trang, Trung, Tuan, Van, Viet, Vy, Yen, Khoa"),
    "filipino": _t("Analyn, Bong, Carmelita, Dindo, Erlinda, Florante, Girlie, Jericho, Joy, Kristine, Lorna, Marlon, Marites, Nestor, Noel, Perla, Rey, Rhea, Rodel, Rowena, Ruel, Sheila, Teodoro, Venus, Wilfredo, Aileen, Arnel, Bernadette, Charmaine, Dante, Edgardo, Fe, Jomar, Liezl, Maricel, Rommel, Rosalinda, Jojo, Jhun, Princess, Ramil, Lovely"),
    "nigerian_yoruba": _t("Adebayo, Adeola, Ayodele, Babajide, Bolanle, Bukola, Damilola, Folake, Funmilayo, Gbenga, Ife, Kehinde, Kunle, Lanre, Modupe, Morenike, Niyi, Olamide, Olumide, Oluwaseun, Omolara, Segun, Shola, Taiwo, Temitope, Tunde, Titilayo, Yetunde, Wale, Yemisi, Abiodun, Bisi, Dapo, Femi, Jumoke, Kayode, Moyo, Remi, Sade, Tobi, Toyin, Wuraola"),
    "nigerian_igbo": _t("Adaeze, Amaka, Chiamaka, Chidi, Chidinma, Chika, Chinedu, Chinonso, Chioma, Ebuka, Emeka, Ifeanyi, Ifeoma, Ikenna, Kelechi, Nkechi, Nnamdi, Obinna, Ogechi, Onyeka, Somto, Tochukwu, Uchenna, Ugochi, Uzoma, Nneka, Obiageli, Chukwuemeka, Kosisochukwu, Ngozi, Oluchi, Azuka, Ebere, Ifunanya, Kenechukwu, Nkem, Olisa, Chisom, Dumebi, Ekene, Amarachi, Ejike"),
    "kenyan": _t("Achieng, Akinyi, Atieno, Auma, Chebet, Cherono, Jebet, Jepkoech, Kibet, Kiprono, Wanjiru, Wambui, Njeri, Nyambura, Wairimu, Muthoni, Nafula, Nekesa, Mumbua, Mwende, Baraka, Brian, Kevin, Faith, Mercy, Dennis, Collins, Purity, Caroline, Esther, Moses, Lilian, Wycliffe, Edwin, Dorcas, Evans, Sharon, Cyrus, Joan, Geoffrey, Kerubo, Nyokabi"),
    "ghanaian": _t("Kwame, Kofi, Kwabena, Kwaku, Kojo, Yaw, Kwasi, Akosua, Adwoa, Abena, Akua, Yaa, Afia, Ama, Esi, Efua, Ekua, Araba, Fiifi, Ebo, Nana, Selorm, Elikem, Delali, Dzifa, Edem, Senam, Mawuli, Nii, Naa, Korkor, Abla, Kekeli, Yayra, Dela, Afua, Kwesi, Ato, Akwasi, Adjoa, Enyonam, Sena"),
    "swedish": _t("Agnes, Alva, Anders, Annika, Axel, Björn, Birgitta, Ebba, Elin, Elsa, Emil, Erik, Fredrik, Frida, Gunnar, Hanna, Henrik, Ingrid, Johan, Jonas, Karin, Klara, Lars, Linnea, Magnus, Maja, Malin, Mattias, Nils, Oskar, Pernilla, Sigrid, Stina, Sven, Tove, Ulf, Viktor, Wilma, Åsa, Göran, Rasmus, Ylva"),
    "finnish": _t("Aino, Aleksi, Anneli, Antti, Eetu, Eila, Elina, Hannu, Heikki, Helmi, Ilkka, Jaana, Janne, Johanna, Juha, Jukka, Kaisa, Kari, Kirsi, Lauri, Leena, Markku, Minna, Mikko, Niko, Outi, Paavo, Päivi, Pekka, Riikka, Sanna, Satu, Teemu, Tiina, Tuomas, Ulla, Veera, Ville, Eero, Noora, Oskari, Sirpa"),
    "hebrew": _t("Adi, Amit, Avital, Ayelet, Dana, Daniel, Eitan, Einat, Gal, Hadas, Ido, Inbal, Itai, Keren, Lior, Maayan, Michal, Moran, Nadav, Noa, Ofir, Omri, Oren, Reut, Roni, Shira, Tal, Tamar, Uri, Yael, Yoav, Yonatan, Ziv, Galit, Hila, Liat, Meir, Nitzan, Osnat, Rotem, Shai, Yarden"),
}

_FAMILY_RAW: dict[str, tuple[str, ...]] = {
    "english_us": _t("Abernathy, Akers, Albright, Bixby, Blevins, Boggs, Brantley, Burkhalter, Cantrell, Caudill, Cheatham, Crisp, Dorsey, Dugan, Eberly, Gaddis, Goins, Haney, Hatcher, Honeycutt, Huckaby, Jernigan, Kilgore, Lanier, Ledbetter, Lusk, Mabry, McAdoo, Motley, Nall, Ogletree, Pettit, Poteet, Pruitt, Ragland, Rector, Rountree, Sawyer, Shifflett, Spurlock, Stallings, Tackett, Tillery, Truett, Upchurch, Varner, Whitt, Wimberly, Yancey, Yoakum, Bostick, Crumpler, Dillard, Fentress, Gentry, Hensley, Inman, Jessup, Keener, Lockhart, Mullins, Noland, Overstreet, Pickard, Quarles, Ratliff, Satterfield, Tolliver"),
    "english_uk": _t("Ackroyd, Atherton, Bagshaw, Barraclough, Birtwistle, Blenkinsop, Brocklehurst, Catterall, Cheetham, Cowgill, Dimmock, Dobson, Entwistle, Fairclough, Gosling, Greenhalgh, Halliwell, Hebblethwaite, Hepworth, Higginbottom, Holroyd, Illingworth, Jagger, Kershaw, Lumb, Marsden, Mottram, Nuttall, Ormerod, Pickles, Pilkington, Quayle, Ramsbottom, Rushworth, Shackleton, Sowerby, Stansfield, Sutcliffe, Tetley, Thwaite, Tickle, Trotter, Wadsworth, Walmsley, Whiteley, Wolstenholme, Yeadon, Aspinall, Bottomley, Crabtree, Dewhurst, Eccleston, Gledhill, Haworth, Hinchliffe, Horsfall, Kitching, Lister, Mellor, Oldroyd, Pennington, Riddihough, Sagar, Tattersall, Uttley, Varley, Whittaker"),
    "irish": _t("Bergin, Brosnan, Cahalane, Cotter, Creedon, Culhane, Dineen, Donnellan, Dowling, Egan, Fahy, Feeney, Finnegan, Flynn, Gallagher, Geraghty, Hanrahan, Hegarty, Hennessy, Hurley, Keane, Keohane, Kiely, Kinsella, Lenihan, Mac Aodha, McGettigan, Mulcahy, Mulvihill, Nagle, Noonan, Ó Briain, Ó Ceallaigh, Ó Súilleabháin, O'Dowd, O'Keeffe, O'Mahony, O'Riordan, Phelan, Quigley, Rafferty, Scanlon, Sheehy, Slattery, Tierney, Twomey, Whelan, Brophy, Coughlan, Delaney, Dunphy, Fogarty, Galvin, Harnett, Lucey, Meagher, Moriarty, O'Flaherty, Prendergast, Ruane, Sexton, Treacy, Canavan, Costigan, Crowley, Devane, Feehan, Ó Cinnéide, Mac Giolla, Horgan"),
    "scottish": _t("Abercrombie, Baird, Balfour, Buchanan, Cairncross, Chisholm, Colquhoun, Cruickshank, Dalgleish, Drummond, Dunbar, Erskine, Farquharson, Fotheringham, Galbraith, Gillies, Guthrie, Haldane, Imrie, Kinnaird, Laidlaw, Lamont, Learmonth, Lennox, Lumsden, MacAulay, MacCrimmon, MacGillivray, MacIver, MacKinnon, MacLeish, MacQuarrie, Maitland, Menzies, Moncrieff, Munro, Ogilvie, Pitcairn, Rintoul, Sinclair, Strachan, Sutherland, Tennant, Urquhart, Wishart, Aitken, Blackadder, Carnegie, Dalrymple, Forsyth, Gunn, Hepburn, Inglis, Jardine, Kerr, Leckie, McCorquodale, Mowat, Niven, Rattray, Shearer, Troup, Weir, Yuill, Anstruther, Brodie, Calder, Geddes, MacAskill, Nicolson"),
    "german": _t("Ahlers, Bärwald, Behrens, Brüggemann, Dietz, Döring, Eckhardt, Fehrmann, Flemming, Gerlach, Göbel, Haberland, Hädrich, Heinemann, Hollmann, Jahnke, Jessen, Kämmerer, Kessler, Klinger, Knoll, Kröger, Kühne, Lehnert, Lüdtke, Mertens, Nickel, Nölle, Oelschläger, Pfeiffer, Plöger, Rathgeber, Reinecke, Rottmann, Sauerbier, Scheller, Siebert, Sommerfeld, Stöckl, Tietz, Trautmann, Ulbrich, Vogler, Wachtel, Weidner, Wendt, Zahn, Ziegler, Böhme, Dreyer, Engelke, Funke, Gräf, Harnisch, Iffland, Kranz, Möhring, Nagel, Pohlmann, Quast, Riedel, Schwenk, Teuber, Voss, Wendler, Albrecht"),
    "dutch": _t("Aalbers, Bakels, Beekhuis, Blom, Boersma, Bosman, Brouwers, Dekkers, Dijkstra, Eikelboom, Feenstra, Gerritsen, Groeneveld, Haverkamp, Hoekstra, Huizinga, Jonkers, Kamphuis, Kooistra, Kuipers, Leeflang, Meijerink, Mulder, Nijhuis, Oosterhuis, Postma, Reijnders, Roelofs, Schouten, Sikkema, Smeets, Stolk, Terpstra, Tuinstra, Uiterwijk, van Beek, van den Heuvel, van der Wal, van Dam, van Leeuwen, Veenstra, Verbeek, Verhoeven, Visser, Vonk, Wijnands, Zijlstra, de Graaf, de Haan, de Ruiter, de Vries, Bouwmeester, Elzinga, Hofstede, Kloosterman, Lammers, Nauta, Oudshoorn, Pronk, Rozendaal, Spruit, Tichelaar, Valk, Westerveld, Ypma"),
    "french": _t("Arnaud, Barbier, Besnard, Boucher, Brunet, Carpentier, Chauvin, Colin, Courtois, Delorme, Desmarais, Drouet, Dufresne, Etienne, Fabre, Faucher, Gauthier, Guérin, Hamon, Hervé, Jacquet, Joubert, Lacombe, Langlois, Leclercq, Lefebvre, Lemaire, Lebrun, Maillard, Marchand, Masson, Ménard, Morel, Noël, Paquet, Perrin, Poirier, Prévost, Rivière, Rolland, Roussel, Sauvage, Tessier, Thibaud, Vallet, Vasseur, Vidal, Aubry, Bouvier, Charpentier, Daguerre, Ferrand, Germain, Huet, Jourdain, Labbé, Lemoine, Mallet, Péron, Renaud, Tanguy, Valette, Giraud, Leroux"),
    "spanish": _t("Aguirre, Alarcón, Arrieta, Barrios, Bermúdez, Cabrera, Calvo, Carrasco, Cuesta, Echeverría, Escobar, Ferrer, Gallego, Garrido, Goicoechea, Ibáñez, Lozano, Llorente, Manzano, Márquez, Mendizábal, Montero, Moya, Navarro, Olmedo, Pascual, Peñalver, Prieto, Quintana, Rebollo, Ribas, Salcedo, Sanz, Segura, Soler, Tejada, Urquijo, Valls, Zamora, Zubiría, Arenas, Beltrán, Cano, Domènech, Esparza, Figueroa, Gallardo, Hidalgo, Izquierdo, Lasa, Marín, Otero, Parra, Roldán, Santamaría, Toledo, Ugarte, Villalba, Yáñez, Bustos, Cortés, Pozo, Rosell, Vallejo"),
    "mexican": _t("Aceves, Alcántara, Anaya, Arreola, Ávila, Balderas, Barragán, Becerra, Cervantes, Corona, Dávila, Delgado, Escamilla, Espinoza, Galindo, Gamboa, Huerta, Jaramillo, Ledesma, Luna, Macías, Magaña, Maldonado, Mejía, Montoya, Nava, Ochoa, Olvera, Orozco, Padilla, Quezada, Rangel, Robles, Saldaña, Solís, Tapia, Trujillo, Valdez, Velázquez, Villarreal, Zavala, Zúñiga, Ayala, Bañuelos, Camacho, Cisneros, Covarrubias, Elizondo, Fuentes, Guzmán, Hinojosa, Lara, Medrano, Muñiz, Palacios, Rosales, Sepúlveda, Tovar, Urías, Vargas, Zepeda, Ibarra, Pineda, Carrillo"),
    "brazilian_portuguese": _t("Albuquerque, Amaral, Andrade, Antunes, Arruda, Azevedo, Bezerra, Brandão, Caldeira, Campos, Cardoso, Carvalho, Cavalcanti, Coelho, Couto, Damasceno, Dantas, Esteves, Falcão, Farias, Figueiredo, Fonseca, Freitas, Galvão, Godoy, Guimarães, Jardim, Leal, Macedo, Magalhães, Matos, Medeiros, Monteiro, Nogueira, Pacheco, Pereira, Pinheiro, Queiroz, Rezende, Rocha, Sampaio, Siqueira, Tavares, Teixeira, Valadares, Vasconcelos, Xavier, Aragão, Barreto, Bittencourt, Cordeiro, Duarte, Fagundes, Gouveia, Lacerda, Marinho, Moura, Peixoto, Quintela, Salgado, Uchoa, Viana, Brito, Lustosa"),
    "italian": _t("Alberti, Amato, Barbieri, Bellini, Benedetti, Bernardi, Bianchi, Caputo, Carbone, Castelli, Cattaneo, Colombo, Conti, D'Amico, De Luca, Esposito, Fabbri, Farina, Ferraro, Fiore, Gallo, Gentile, Giordano, Grasso, Guerra, Leone, Lombardi, Mancini, Marchetti, Mariani, Martinelli, Morelli, Negri, Orlando, Palumbo, Parisi, Pellegrini, Piras, Rinaldi, Rizzi, Sala, Sanna, Santoro, Serra, Testa, Valentini, Villa, Zanetti, Brambilla, Cocco, Donati, Ferri, Galli, Ghirardelli, Longo, Messina, Neri, Pagano, Quaranta, Ruggiero, Sartori, Tedesco, Vitale, Zanella"),
    "polish": _t("Adamczyk, Banaś, Baran, Bielecki, Borkowski, Chmielewski, Cieślak, Czarnecki, Dąbrowski, Dziedzic, Gajewski, Głowacki, Górecki, Jabłoński, Jankowski, Jasiński, Kaczmarek, Kalinowski, Kołodziej, Kowalczyk, Kozłowski, Krawczyk, Kurek, Lis, Malinowski, Marciniak, Michalak, Mazurek, Nowicki, Olszewski, Pawlak, Pietrzak, Przybylski, Rutkowski, Sadowski, Sikora, Sobczak, Stępień, Szewczyk, Szulc, Tomaszewski, Urbański, Walczak, Wieczorek, Witkowski, Wróbel, Zając, Zawadzki, Zięba, Bąk, Chojnacki, Domański, Frankowski, Gołębiowski, Jaworski, Kubiak, Leśniak, Makowski, Niemczyk, Ostrowski, Pająk, Rogalski, Sowa, Tkaczyk, Wilczek, Żak"),
    "ukrainian": _t("Antonenko, Bondarenko, Boyko, Danylyuk, Dovzhenko, Fedorchuk, Havrylyuk, Hnatyuk, Honcharuk, Hrytsenko, Kravets, Kovalchuk, Kostenko, Kuzmenko, Levchenko, Lysenko, Marchenko, Melnyk, Moroz, Nazarenko, Ostapenko, Pavlenko, Petrenko, Ponomarenko, Romanyuk, Savchenko, Semenyuk, Shevchuk, Sydorenko, Tkachenko, Tymoshchuk, Vakulenko, Vlasenko, Yatsenko, Zinchenko, Babiy, Didenko, Fedoriv, Holub, Humeniuk, Ivashchenko, Karpenko, Klymenko, Kushnir, Lytvyn, Martyniuk, Onyshchenko, Prokopenko, Rudenko, Sakhno, Stasiuk, Tereshchenko, Tsymbal, Yurchenko, Zaporozhets, Bilyk, Dmytrenko, Hordiienko, Kolomiiets, Lukianenko, Mykhailiuk, Pylypenko, Shapoval, Voloshyn"),
    "russian": _t("Abramov, Belyaev, Bogdanov, Bykov, Chernov, Denisov, Dorofeev, Fomin, Golubev, Gusev, Ignatov, Kalinin, Karpov, Kiselyov, Komarov, Krylov, Kudryavtsev, Lapin, Loginov, Makarov, Maslov, Mironov, Nazarov, Orlov, Panov, Polyakov, Rodionov, Rybakov, Sazonov, Seleznyov, Sitnikov, Sorokin, Tarasov, Tikhonov, Trofimov, Vinogradov, Voronin, Yefimov, Zhukov, Zuev, Aksyonov, Blinov, Danilov, Fedoseev, Gorshkov, Isaev, Kolesnikov, Lukin, Markov, Nikiforov, Ovchinnikov, Pakhomov, Rogov, Savelyev, Shubin, Tretyakov, Uvarov, Vlasov, Yermolov, Zaitsev, Agafonov, Burov, Yershov, Kulikov"),
    "hungarian": _t("Antal, Bakó, Balogh, Benkő, Bíró, Bodnár, Csonka, Deák, Dobos, Erdős, Fazekas, Fehér, Földi, Gál, Gulyás, Halász, Hegedűs, Horváth, Illés, Juhász, Kántor, Katona, Kocsis, Kozma, Lakatos, Lengyel, Major, Mészáros, Molnár, Nemes, Oláh, Orosz, Pásztor, Pintér, Rácz, Sárközi, Simon, Somogyi, Szabó, Szalai, Szekeres, Szűcs, Takács, Tóth, Vadász, Váradi, Vörös, Zsigmond, Ambrus, Baranyi, Csizmadia, Dudás, Farkas, Győri, Hajdú, Jakab, Kelemen, Lukács, Pap, Rédei, Szénási, Tamási, Ujvári, Bognár"),
    "romanian": _t("Anghel, Barbu, Bălan, Bucur, Ciobanu, Constantinescu, Cozma, Diaconu, Dobre, Dragomir, Enache, Florea, Ghiță, Grigore, Ilie, Lazăr, Lungu, Manole, Marinescu, Matei, Mocanu, Munteanu, Neagu, Nistor, Oprea, Pârvu, Preda, Rădulescu, Sârbu, Stanciu, Stoica, Tănase, Toma, Tudose, Ungureanu, Vasilescu, Voicu, Zamfir, Albu, Boboc, Chirilă, Costache, Dumitrescu, Ene, Gheorghiu, Iordache, Jitaru, Lupu, Moldovan, Nedelcu, Olteanu, Paraschiv, Rusu, Sima, Stan, Tudor, Udrea, Zaharia, Costea, Pavel, Bogdan, Roman, Cristea"),
    "greek": _t("Alexiou, Andreadis, Antoniou, Athanasiou, Chatzis, Christodoulou, Dimas, Economou, Floros, Galanis, Georgiadis, Giannakopoulos, Kalogeropoulos, Karagiannis, Kontos, Kouris, Lambrou, Leventis, Makris, Manolakis, Michailidis, Nikolaidis, Oikonomidis, Panagiotou, Papadakis, Papageorgiou, Papathanasiou, Petridis, Raptis, Sarantis, Sideris, Stamatopoulos, Stavrou, Theodorou, Triantafyllou, Tsakalos, Vasileiou, Vlachos, Xenakis, Zervas, Zografos, Anagnostou, Bakas, Daskalakis, Dragoumis, Fragkos, Gkikas, Kyriakou, Lykos, Mavridis, Ntounas, Pappas, Roussos, Spanos, Tzanetakis, Vrettos, Zachariou, Kokkinos, Marinakis, Poulos, Rigas, Sfakianakis, Tsoukalas"),
    "turkish": _t("Acar, Akbulut, Akın, Aksoy, Altun, Arslan, Avcı, Aydoğan, Bayram, Bozkurt, Büyük, Çakır, Çelik, Çetin, Doğru, Duman, Ekinci, Erdem, Eren, Ergün, Gök, Güler, Güneş, Gürbüz, Işık, Kaplan, Kara, Karakaya, Keskin, Kılıç, Koç, Korkmaz, Kurt, Kuş, Metin, Oral, Özdemir, Özkan, Öztürk, Polat, Sarı, Sezer, Şahin, Şimşek, Taş, Tekin, Tunç, Turan, Uçar, Uysal, Yavuz, Yazıcı, Yıldız, Yüksel, Zengin, Akgül, Bulut, Coşkun, Demirci, Erkan, Günay, Karaca, Önal, Sönmez, Toprak"),
    "arabic": _t("Abboud, Al-Amin, Al-Hashimi, Al-Khatib, Al-Masri, Al-Najjar, Al-Qasim, Al-Sayed, Al-Tamimi, Al-Zahrani, Aziz, Barakat, Boutros, Darwish, Daoud, El-Amrani, Fakhoury, Farhat, Ghanem, Haddad, Halabi, Hamdan, Hijazi, Issa, Jaber, Kanaan, Khalil, Khoury, Mansour, Nassar, Obeid, Qassem, Rahal, Saab, Saleh, Salloum, Shaheen, Shalabi, Tannous, Touma, Yacoub, Zaher, Zoabi, Abu-Ghazaleh, Al-Rashed, Azzam, Bitar, Chidiac, Dabbagh, El-Sherif, Fares, Ghattas, Hakim, Jarrah, Karam, Maalouf, Nahas, Qaddoura, Sabbagh, Sarkis, Tabbara, Wehbe, Zaatari, Atallah"),
    "persian": _t("Abbasi, Afshar, Ahmadi, Alavi, Amini, Ansari, Asgari, Bahrami, Bakhtiari, Behzadi, Daneshvar, Ebrahimi, Farahani, Farzaneh, Ghaffari, Hashemi, Heidari, Hosseini, Jafari, Javadi, Kamali, Karimi, Kazemi, Khorasani, Mahdavi, Majidi, Mirzaei, Najafi, Nazari, Noori, Rahimi, Rezaei, Sadeghi, Safavi, Salehi, Shirazi, Soltani, Tabrizi, Tehrani, Yazdani, Zand, Zarei, Akbari, Bagheri, Dehghani, Esfandiari, Farrokhzad, Golshiri, Jalali, Kashani, Kermani, Moradi, Nikpour, Ostovar, Parsa, Rostami, Sharifi, Taheri, Vaziri, Zamani, Habibi, Latifi, Mohajer, Sepehri"),
    "hindi": _t("Agarwal, Ahuja, Arora, Awasthi, Bajpai, Bhargava, Bhatnagar, Chaturvedi, Chauhan, Dubey, Dwivedi, Garg, Goel, Gupta, Jaiswal, Johri, Kapoor, Kashyap, Khanna, Khurana, Mathur, Mehrotra, Mishra, Nigam, Pandey, Rastogi, Rawat, Saxena, Sinha, Srivastava, Tandon, Tiwari, Tripathi, Trivedi, Upadhyay, Varshney, Verma, Yadav, Bhatia, Chopra, Dixit, Goyal, Joshi, Malhotra, Nagpal, Oberoi, Pathak, Rathore, Sethi, Shukla, Singhal, Tyagi, Walia, Bansal, Chaudhary, Dhawan, Gahlot, Kakkar, Luthra, Mittal, Negi, Purohit, Sachdeva, Taneja, Uppal"),
    "tamil": _t("Arumugam, Balasubramanian, Chandrasekaran, Duraisamy, Ganesan, Gopalakrishnan, Iyengar, Iyer, Jayaraman, Kandasamy, Krishnamurthy, Kumaraswamy, Mahalingam, Manickam, Muthukumar, Nagarajan, Natarajan, Palaniappan, Paramasivam, Pillai, Ramachandran, Ramalingam, Ramasamy, Rajendran, Sambandam, Sankaran, Shanmugam, Sivakumar, Srinivasan, Subramaniam, Sundaram, Thangavel, Thirumalai, Vaidyanathan, Velayudham, Venkatesan, Viswanathan, Anbalagan, Arunachalam, Chellappa, Dhandapani, Elangovan, Ganapathy, Govindarajan, Ilangovan, Kannan, Karuppiah, Kathiresan, Lakshmanan, Marimuthu, Murugesan, Nallathambi, Perumal, Ponnusamy, Rajagopal, Sekar, Selvaraj, Subbiah, Thiagarajan, Vadivel, Mudaliar, Chettiar, Raghavan"),
    "chinese": _t("Bai, Cao, Cen, Chai, Cheng, Cui, Dai, Ding, Dong, Du, Fan, Fang, Feng, Fu, Gao, Ge, Gu, Guan, Guo, Hao, He, Hou, Hu, Huang, Jia, Jiang, Kong, Lan, Lei, Liang, Liao, Lin, Liu, Long, Lu, Luo, Meng, Mu, Ni, Niu, Pan, Peng, Qian, Qin, Qiu, Ren, Shao, Shen, Shi, Su, Sun, Tan, Tao, Tian, Wan, Wei, Wen, Wu, Xia, Xiang, Xiao, Xie, Xiong, Xu, Xue, Yan, Yao, Ye, Yin, Yu, Yuan, Zeng, Zhao, Zheng, Zhong, Zhou, Zhu, Zou, Chen, Zhang"),
    "korean": _t("Kim, Lee, Park, Choi, Jung, Kang, Cho, Jang, Lim, Han, Oh, Seo, Shin, Kwon, Hwang, Ahn, Song, Jeon, Hong, Yoo, Ko, Yang, Bae, Baek, Heo, Nam, Sim, Noh, Kwak, Sung, Cha, Joo, Woo, Koo, Min, Ryu, Na, Jin, Ji, Eom, Chae, Won, Cheon, Bang, Gong, Hyun, Ham, Byun, Yeom, Yeo, Choo, Seok, Seol, Gil, Pyo, Myung, Ki, Geum, Ok, Yook, Maeng, Je, Mo, Tak, Pi, Jegal, Namgung, Hwangbo, Seonwoo, Dokgo"),
    "japanese": _t("Amano, Endo, Fujita, Fukuda, Hamada, Hasegawa, Hirano, Hoshino, Ichikawa, Igarashi, Imai, Inoue, Iwasaki, Kaneko, Kawaguchi, Kikuchi, Kimura, Kojima, Kubo, Kudo, Maeda, Maruyama, Masuda, Matsuda, Miura, Mochizuki, Murakami, Nagai, Nakagawa, Nakano, Noguchi, Nomura, Ogawa, Ohashi, Okada, Onishi, Ota, Sakai, Sakamoto, Sano, Sasaki, Shibata, Shimizu, Sugiyama, Takeda, Tamura, Taniguchi, Tsuchiya, Uchida, Ueda, Wada, Watanabe, Yamaguchi, Yamashita, Yano, Yokoyama, Yoshida, Aoki, Chiba, Hattori, Kondo, Morita, Nishimura, Okamoto, Sugawara, Takahashi, Tsuji"),
    "vietnamese": _t("Nguyen, Tran, Le, Pham, Hoang, Huynh, Phan, Vu, Vo, Dang, Bui, Do, Ho, Ngo, Duong, Ly, Dinh, Trinh, Truong, Lam, Mai, Cao, Ta, Luu, Quach, Ha, Chu, Doan, Thai, Trieu, Phung, Kieu, Lac, Tong, Khuc, Ong, Lai, Giang, Thach, Diep, Cu, La, Luong, Tang, Vuong, Tieu, Hua, Nghiem, Khong, Banh, Mac, Au, Kha, Bach, Chau, Dam, Lo, Nong, Tu, Ninh, Quan, Van, Hau, Lieu"),
    "filipino": _t("Abad, Agbayani, Alcaraz, Bautista, Bernabe, Buenaventura, Cabangon, Cajucom, Dacanay, Dalisay, Dimaculangan, Dimagiba, Dizon, Espiritu, Evangelista, Gatchalian, Lacson, Lagman, Macaraeg, Magbanua, Malabanan, Manalastas, Manalo, Mangubat, Ocampo, Pangilinan, Panganiban, Quiambao, Resurreccion, Sablan, Salonga, Samonte, Santiago, Sison, Tolentino, Umali, Villanueva, Yap, Advincula, Baluyot, Calimlim, Dumlao, Estrella, Galang, Javier, Labrador, Malonzo, Nepomuceno, Pascua, Sarmiento, Tupaz, Bagasao, Dantes, Ilagan, Mercado, Saludo, Tuazon, Ventura, Yabut, Soriano, Cunanan, Mendiola, Catacutan, Sumulong"),
    "nigerian_yoruba": _t("Adegoke, Adekunle, Adeniyi, Adewale, Adeyemi, Afolabi, Ajayi, Akande, Akinola, Akinwale, Alabi, Aluko, Babatunde, Bamidele, Bello, Dada, Ogunleye, Ogunbiyi, Ojo, Okunola, Oladipo, Olaniyan, Olatunji, Oloyede, Olowu, Omotosho, Onabanjo, Oni, Oyebanji, Oyedepo, Oyelaran, Salami, Sowunmi, Adebisi, Adedeji, Adejumo, Ademola, Adeoye, Afolayan, Ajibade, Akintola, Akinyemi, Alade, Ayinde, Balogun, Fadipe, Ibikunle, Idowu, Kolawole, Lawal, Odunsi, Ogundipe, Ojediran, Okediji, Olabode, Oyekan, Popoola, Ilori, Fagbemi, Durojaiye, Adeyinka, Olagunju, Ogunsanya"),
    "nigerian_igbo": _t("Agbo, Akubuike, Anyanwu, Chukwu, Eze, Ezeani, Ezenwa, Igwe, Ike, Iloka, Mbah, Nnadi, Nwachukwu, Nwankwo, Nwosu, Nwafor, Odinaka, Ogbonna, Okafor, Okeke, Okonkwo, Okoro, Okoye, Onuoha, Onwuka, Onyekachi, Onyeama, Ozoemena, Ugwu, Umeh, Uzor, Anozie, Chukwuma, Ebede, Ejiofor, Ekwueme, Emenike, Ezeudu, Ibekwe, Ifediora, Iheanacho, Iwu, Madu, Njoku, Nnaji, Nwabueze, Nwoye, Obiora, Odoemene, Ofoegbu, Ogbu, Okolie, Okpara, Onyeagoro, Oguike, Uche, Udeh, Ukaegbu, Unachukwu, Uzoigwe, Ekwe, Nwadike, Ilo"),
    "kenyan": _t("Kamau, Kariuki, Kimani, Githinji, Gitau, Macharia, Maina, Mugo, Muriuki, Mwangi, Ndungu, Njoroge, Nyaga, Waweru, Wachira, Kiprotich, Kipchumba, Kiplagat, Kipkemboi, Koech, Korir, Langat, Rotich, Tanui, Bett, Cheruiyot, Otieno, Ochieng, Odhiambo, Onyango, Owino, Ouma, Omondi, Okoth, Oduor, Wafula, Wanyama, Barasa, Simiyu, Wekesa, Nyongesa, Juma, Makokha, Mutua, Kioko, Mulwa, Nzioka, Muthama, Kilonzo, Mwinzi, Karanja, Chege, Muthee, Kinyua, Mbugua, Nyamweya, Ongeri, Mokaya, Nyakundi, Bosire, Kiptoo, Lagat, Kiptanui"),
    "ghanaian": _t("Acheampong, Adjei, Agyeman, Amoah, Ampofo, Ansah, Appiah, Asamoah, Asante, Awuah, Boakye, Boateng, Darko, Donkor, Frimpong, Gyamfi, Kusi, Manu, Mensah, Nkansah, Nyarko, Obeng, Ofori, Opoku, Osei, Owusu, Poku, Quaye, Sarpong, Tetteh, Wiredu, Yeboah, Agyapong, Amankwah, Antwi, Asiedu, Bonsu, Dankwa, Fosu, Gyasi, Kyei, Nketia, Oduro, Okyere, Oppong, Sakyi, Takyi, Adomako, Aidoo, Ankrah, Ocran, Quartey, Lamptey, Laryea, Odoi, Nortey, Tagoe, Dogbe, Agbeko, Kpodo, Amegashie, Dzokoto, Gbeho, Ahiabor, Azumah"),
    "swedish": _t("Ahlgren, Bergqvist, Blomqvist, Dahlberg, Ekström, Engström, Forsberg, Göransson, Hedlund, Hellström, Holmberg, Isaksson, Jakobsson, Källström, Lindahl, Lindqvist, Lundgren, Löfgren, Magnusson, Nordin, Nyberg, Öberg, Pettersson, Rydberg, Sandström, Sjöberg, Strand, Sundberg, Söderberg, Wallin, Wikström, Åberg, Berglund, Björklund, Ekholm, Fransson, Gustafsson, Hägglund, Holm, Jonsson, Karlsson, Lundqvist, Mattsson, Nilsson, Norberg, Olofsson, Persson, Sjögren, Axelsson, Bengtsson, Danielsson, Eklund, Hermansson, Ivarsson, Lindström, Mårtensson, Nyström, Palm, Rosén, Törnqvist, Vikström, Westerlund, Zetterberg, Åström, Boman"),
    "finnish": _t("Aaltonen, Heikkinen, Hämäläinen, Järvinen, Kallio, Karjalainen, Kettunen, Kokkonen, Korhonen, Laaksonen, Lehtonen, Leinonen, Manninen, Miettinen, Mustonen, Nurminen, Ojala, Peltonen, Pesonen, Rantanen, Räsänen, Savolainen, Tuominen, Turunen, Väisänen, Vainio, Anttila, Eskola, Hakala, Heino, Honkanen, Huttunen, Ikonen, Jokela, Kauppinen, Kinnunen, Koivisto, Lahtela, Lindroos, Mattila, Nyman, Oksanen, Pulkkinen, Rautio, Saarinen, Seppälä, Suominen, Toivonen, Vartiainen, Ylönen, Ahonen, Hirvonen, Jääskeläinen, Kärkkäinen, Lappalainen, Mäkelä, Nevalainen, Partanen, Rissanen, Salminen, Tikkanen, Utriainen, Vesterinen, Hyvönen, Lampinen"),
    "hebrew": _t("Abutbul, Amsalem, Ashkenazi, Avraham, Azoulay, Ben-Ami, Ben-David, Biton, Carmeli, Dahan, Elkayam, Friedman, Golan, Hadad, Harel, Levinson, Malka, Mizrahi, Nachmias, Ohana, Peretz, Rosenblum, Sasson, Segal, Shapira, Shemesh, Tzur, Vaknin, Weiss, Yosef, Zohar, Amar, Bar-On, Ben-Haim, Dror, Eliyahu, Gabay, Goldfarb, Hazan, Kedmi, Lavi, Margalit, Nahum, Ofek, Pinto, Sharabi, Tzadok, Ya'akov, Zilberman, Alon, Berkovitz, Elbaz, Gilad, Hasson, Mor, Nir, Oz, Raz, Shalev, Tamir, Yaari, Avidan, Sheffer"),
}

# Surnames of prominent real politicians / public figures: never emitted, even
# if a list or a generated compound happens to produce one.
BLOCKLIST = frozenset(_t(
    "Biden, Trump, Putin, Zelensky, Zelenskyy, Clinton, Obama, Merkel, Macron, Harris, Vance, Pelosi, "
    "McConnell, Schumer, DeSantis, Newsom, Sanders, Romney, Bush, Sunak, Starmer, Johnson, Truss, May, "
    "Blair, Cameron, Farage, Sturgeon, Varadkar, Ahern, Scholz, Steinmeier, Merz, Lindner, Habeck, "
    "Baerbock, Söder, Weidel, Rutte, Wilders, Schoof, Sarkozy, Hollande, Bayrou, Attal, Barnier, Borne, "
    "Mélenchon, Le Pen, Sánchez, Rajoy, Feijóo, Abascal, Ayuso, Sheinbaum, Obrador, Calderón, Bolsonaro, "
    "Lula, Rousseff, Temer, Meloni, Berlusconi, Draghi, Renzi, Salvini, Mattarella, Monti, Tusk, Duda, "
    "Kaczyński, Nawrocki, Morawiecki, Sikorski, Trzaskowski, Poroshenko, Tymoshenko, Yanukovych, "
    "Yushchenko, Kuleba, Shmyhal, Yermak, Budanov, Zaluzhny, Klitschko, Medvedev, Lavrov, Shoigu, "
    "Navalny, Peskov, Gorbachev, Yeltsin, Mishustin, Orbán, Szijjártó, Magyar, Iohannis, Ciolacu, Simion, "
    "Georgescu, Sandu, Mitsotakis, Tsipras, Varoufakis, Papandreou, Samaras, Karamanlis, Erdoğan, Erdogan, "
    "İmamoğlu, Kılıçdaroğlu, Özel, Yıldırım, Khamenei, Rouhani, Raisi, Pezeshkian, Zarif, Araghchi, "
    "Ahmadinejad, Pahlavi, Modi, Gandhi, Kejriwal, Vajpayee, Stalin, Karunanidhi, Jayalalithaa, "
    "Palaniswami, Chidambaram, Annamalai, Xi, Mao, Deng, Kishida, Abe, Ishiba, Takaichi, Suga, Koizumi, "
    "Yoon, Moon, Marcos, Duterte, Aquino, Arroyo, Estrada, Robredo, Macapagal, Widodo, Prabowo, "
    "Subianto, Tinubu, Buhari, Obasanjo, Osinbajo, Atiku, Awolowo, Obi, Azikiwe, Ojukwu, Ruto, Kenyatta, "
    "Odinga, Gachagua, Kibaki, Moi, Musyoka, Mahama, Rawlings, Nkrumah, Bawumia, Akufo-Addo, Addo, "
    "Kufuor, Kristersson, Löfven, Andersson, Åkesson, Palme, Stubb, Orpo, Marin, Niinistö, Halla-aho, "
    "Purra, Netanyahu, Gantz, Lapid, Bennett, Herzog, Smotrich, Ben-Gvir, Barak, Dayan, Regev, Katz, "
    "Nasser, Hariri, Mikati, Ashcroft, Trudeau, Albanese, Ramaphosa, Milei, Lukashenko, Fico, Babiš, "
    "Hariri, Kohli, Soyinka, Achebe, Ngugi, Fashola, Makinde, Adeleke, Sanusi, Adesina"
))


def _key(name: str) -> str:
    """Comparison key: case-, accent- and punctuation-insensitive."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.casefold() if c.isalpha())


_BLOCK_KEYS = frozenset(_key(n) for n in BLOCKLIST)


def _compose(prefixes: str, suffixes: str, tag: str, vowel_only: tuple[str, ...] = ()) -> list[str]:
    """Deterministic compounds of real surname elements (e.g. Ash+worth)."""
    out = []
    for p in _t(prefixes):
        for s in _t(suffixes):
            if p.lower() == s or p.lower().endswith(s) or s.startswith(p.lower()):
                continue
            if s in vowel_only and p[-1].lower() not in "aeiouyäö":
                continue
            out.append(p + s)
    random.Random(tag).shuffle(out)
    return out


def _generated() -> list[tuple[str, list[str]]]:
    eng = _compose(
        "Ash, Ather, Bar, Black, Brad, Bram, Brock, Brook, Cal, Cart, Chad, Chat, Clay, Cold, Crom, Dal, "
        "Dun, East, Eld, Fair, Farn, Fen, Gold, Green, Ham, Hart, Hat, Hazel, Hay, Hol, Kel, Ken, Lang, Lock, "
        "Mar, Mil, Nor, Ock, Pen, Pol, Rad, Red, Ros, Rush, Sal, Sand, Shel, Stan, Stock, Thorn, Tot, Wal, "
        "Wad, West, Whit, Wick, Win, Wood, Wor, Ald, Bick, Birk, Brom, Coll, Cran, Elm, Fal, Gar, Hux, Kirk, "
        "Lud, Mer, Nether, Oak, Pack, Rams, Shap, Sher, Stap, Ux, Wes, Wyn, Yar",
        "worth, wood, ford, ley, ton, by, field, well, combe, stead, hurst, more, bridge, dale, wick, "
        "brook, ham, cott, land, grave, shaw, thorpe, croft, low",
        "english-compounds")
    return [
        ("english_us", eng[0::2]),
        ("english_uk", eng[1::2]),
        ("german", _compose(
            "Adel, Alt, Bach, Berg, Birn, Blum, Brand, Brun, Buch, Dorn, Eich, Eisen, Engel, Falken, Feld, "
            "Fisch, Frei, Gold, Grün, Hasel, Heil, Hirsch, Hoch, Holz, Kirch, Klein, Lang, Lichten, Linden, "
            "Neu, Ober, Rosen, Sand, Schön, Schwarz, Sonnen, Stein, Stern, Tann, Wald, Weiß, Wies, Wild, "
            "Winter, Rot",
            "berg, bach, feld, mann, thal, hof, hauser, wald, dorf, stein, heim, meier, bauer, brunner, huber",
            "german-compounds")),
        ("swedish", _compose(
            "Berg, Lind, Ek, Sjö, Ström, Dahl, Holm, Gran, Lund, Alm, Björk, Fors, Hed, Löv, Nord, Sand, "
            "Sten, Vik, Åker, Ås, Hag, Kvarn, Lil, Mal, Sved, Wall, Öst, Ros",
            "berg, lund, qvist, ström, gren, dahl, holm, blad, man, mark, stedt, by, ling, löf",
            "swedish-compounds")),
        ("japanese", _compose(
            "Aki, Ara, Asa, Fuji, Furu, Hama, Haya, Hira, Hori, Ichi, Ike, Ishi, Iwa, Kami, Kana, Kawa, Kita, "
            "Kiyo, Kuro, Maru, Matsu, Mina, Miya, Mizu, Mori, Naga, Naka, Nishi, Oka, Ono, Sakura, Shima, "
            "Shimo, Sugi, Taka, Take, Tama, Tani, Toyo, Ume, Yama, Yoshi",
            "moto, mura, da, no, saki, hara, shima, oka, uchi, kawa, yama, sawa, ta, zaki",
            "japanese-compounds")),
        ("finnish", _compose(
            "Aho, Harju, Hieta, Honka, Kallio, Kangas, Karhu, Kivi, Koivu, Korpi, Koski, Lahti, Lehto, Leppä, "
            "Linna, Luoto, Mäki, Niemi, Nurmi, Paju, Pelto, Rinne, Salo, Suo, Tammi, Vaara, Valko, Virta, Järvi",
            "nen, mäki, niemi, lahti, salo, koski, järvi, aho, vaara, maa",
            "finnish-compounds", vowel_only=("nen",))),
    ]


def _build() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    given: dict[str, tuple[str, ...]] = {}
    for c, names in _GIVEN_RAW.items():
        seen: set[str] = set()
        given[c] = tuple(n for n in names if not (_key(n) in seen or seen.add(_key(n))))
    family: dict[str, list[str]] = {}
    owner: dict[str, str] = {}
    for c, names in _FAMILY_RAW.items():
        family[c] = []
        local: set[str] = set()
        for n in names:
            k = _key(n)
            if k in _BLOCK_KEYS or k in local:
                continue
            local.add(k)
            family[c].append(n)
            owner.setdefault(k, c)
    for c, names in _generated():  # generated compounds never duplicate any existing name
        for n in names:
            k = _key(n)
            if k in _BLOCK_KEYS or k in owner:
                continue
            owner[k] = c
            family[c].append(n)
    return given, {c: tuple(v) for c, v in family.items()}


GIVEN, FAMILY = _build()
CULTURES: tuple[str, ...] = tuple(FAMILY)
ANGLOPHONE_SHARES = {"english_us": 0.24, "english_uk": 0.15, "irish": 0.03, "scottish": 0.03}


def default_weights(cultures: Iterable[str] | None = None) -> dict[str, float]:
    """English-language-news mix: ~45% anglophone, the rest over all other
    cultures in proportion to sqrt(pool size) (bigger pools a bit more often)."""
    cults = list(cultures) if cultures is not None else list(CULTURES)
    anglo = {c: ANGLOPHONE_SHARES[c] for c in cults if c in ANGLOPHONE_SHARES}
    others = [c for c in cults if c not in ANGLOPHONE_SHARES]
    anglo_total = sum(anglo.values()) if others else 1.0
    if not anglo:
        anglo_total = 0.0
    w = {c: (v / sum(anglo.values())) * anglo_total for c, v in anglo.items()} if anglo else {}
    if others:
        raw = {c: math.sqrt(len(FAMILY[c])) for c in others}
        tot = sum(raw.values())
        for c in others:
            w[c] = (1.0 - anglo_total) * raw[c] / tot
    return w


def allocate(doc_ids: Iterable[str], people_per_doc: int = 14, seed: int = 20261204,
             cultures: Iterable[str] | None = None, weights: Mapping[str, float] | None = None,
             exclude: Iterable[str] = frozenset()) -> dict[str, list[tuple[str, str, str]]]:
    """Return {doc_id: [(given, family, culture), ...]} with people_per_doc entries each.

    Guarantees: deterministic for the same arguments; no family name (compared
    case/accent-insensitively) appears in more than one article of this call,
    nor twice in one article, nor is any name in `exclude` used (pass the family
    names of earlier calls to chain allocations). Given names do not repeat
    within an article. Cultures are drawn per person with `weights` (default:
    default_weights()); when a culture's pool runs dry the remaining cultures are
    re-weighted. Raises ValueError if the pool cannot cover the request.
    """
    if isinstance(doc_ids, str):
        raise TypeError("doc_ids must be an iterable of ids, not a single string")
    ids = list(doc_ids)
    if len(set(ids)) != len(ids):
        raise ValueError("doc_ids contains duplicates")
    if not isinstance(people_per_doc, int) or people_per_doc < 1:
        raise ValueError("people_per_doc must be a positive integer")
    cults = list(dict.fromkeys(cultures)) if cultures is not None else list(CULTURES)
    unknown = [c for c in cults if c not in FAMILY]
    if unknown:
        raise ValueError(f"unknown culture(s): {unknown}; known: {list(CULTURES)}")
    if weights is None:
        w = default_weights(cults)
    else:
        bad = [c for c in weights if c not in FAMILY]
        if bad:
            raise ValueError(f"weights for unknown culture(s): {bad}")
        w = {c: float(weights.get(c, 0.0)) for c in cults}
        if any(v < 0 for v in w.values()):
            raise ValueError("weights must be non-negative")
    cults = [c for c in cults if w.get(c, 0.0) > 0]
    if not cults:
        raise ValueError("no culture has a positive weight")

    used = {_key(x) for x in exclude}
    rng = random.Random(seed)
    pools: dict[str, list[str]] = {}
    for c in cults:
        p = [n for n in FAMILY[c] if _key(n) not in used]
        rng.shuffle(p)
        pools[c] = p
    available = len({_key(n) for p in pools.values() for n in p})
    need = len(ids) * people_per_doc
    if need > available:
        raise ValueError(
            f"name pool exhausted: need {need} distinct family names ({len(ids)} docs x "
            f"{people_per_doc} people) but only {available} remain in cultures {cults} "
            f"after excluding {len(used)} name(s); use fewer docs/people, more cultures, "
            f"or a smaller exclude set")

    out: dict[str, list[tuple[str, str, str]]] = {}
    for doc in ids:
        people: list[tuple[str, str, str]] = []
        givens: set[str] = set()
        for _ in range(people_per_doc):
            fam = None
            while fam is None:
                live = [c for c in cults if pools[c]]
                if not live:  # cannot happen after the check above; kept as a guard
                    raise ValueError("name pool exhausted during allocation")
                c = rng.choices(live, weights=[w[c] for c in live])[0]
                while pools[c]:
                    cand = pools[c].pop()
                    if _key(cand) not in used:
                        fam = cand
                        break
            used.add(_key(fam))
            options = [g for g in GIVEN[c] if g not in givens] or list(GIVEN[c])
            g = rng.choice(options)
            givens.add(g)
            people.append((g, fam, c))
        out[doc] = people
    return out


def read_exclude(path: str | Path) -> set[str]:
    """Family names from a file: one per line, or TSV lines doc\\tgiven\\tfamily\\tculture."""
    p = Path(path)
    if not p.exists():
        return set()
    names = set()
    for line in p.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        names.add((parts[2] if len(parts) >= 4 else parts[0]).strip())
    return names


def write_tsv(alloc: Mapping[str, list[tuple[str, str, str]]], path: str | Path | None) -> None:
    lines = [f"{d}\t{g}\t{f}\t{c}\n" for d, ppl in alloc.items() for g, f, c in ppl]
    if path is None or str(path) == "-":
        sys.stdout.write("".join(lines))
    else:
        Path(path).write_text("".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--prefix", default="news")
    ap.add_argument("--start", type=int, default=1)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--width", type=int, default=4, help="zero-padding of the doc number")
    ap.add_argument("--people", type=int, default=14)
    ap.add_argument("--seed", type=int, default=20261204)
    ap.add_argument("--cultures", help="comma-separated subset of cultures")
    ap.add_argument("--exclude-file", help="family names already used (one per line, or a names TSV)")
    ap.add_argument("--update-exclude", action="store_true", help="append used family names to --exclude-file")
    ap.add_argument("--out", default="-", help="output TSV (default stdout)")
    a = ap.parse_args(argv)
    if a.update_exclude and not a.exclude_file:
        ap.error("--update-exclude needs --exclude-file")
    ids = [f"{a.prefix}-{i:0{a.width}d}" for i in range(a.start, a.start + a.count)]
    excl = read_exclude(a.exclude_file) if a.exclude_file else set()
    try:
        alloc = allocate(ids, a.people, a.seed, cultures=_t(a.cultures) if a.cultures else None,
                         exclude=excl)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    write_tsv(alloc, a.out)
    if a.update_exclude:
        with open(a.exclude_file, "a", encoding="utf-8") as fh:
            for ppl in alloc.values():
                for _, f, _ in ppl:
                    fh.write(f + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
