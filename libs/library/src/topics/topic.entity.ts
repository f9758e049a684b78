export interface TopicRecord {
  id: string;
  slug: string;
  nameLatin: string;
  nameCyrillic: string;
  nameEnglish: string;
  archived: boolean;
}
