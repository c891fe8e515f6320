package health.falcon.diet.diary;

/**
 * Written diary pages in the shape of MyFitnessPal's {@code /food/diary/{username}}
 * (trimmed to the parts the parser reads, plus surrounding noise).
 */
final class DiaryPages {

	/** Own diary: names in links, the default columns, thousands separators, complete. */
	static final String OWN = """
			<html><head><title>Food Diary | MyFitnessPal.com</title></head><body>
			<div id="content"><table class="table0" id="diary-table">
			<colgroup><col class="col-1"></colgroup>
			<thead><tr><td class="first">&nbsp;</td></tr></thead>
			<tbody>
			<tr class="meal_header">
			  <td class="first alt">Breakfast</td>
			  <td class="alt">Calories<div class="subtitle">kcal</div></td>
			  <td class="alt">Carbs<div class="subtitle">g</div></td>
			  <td class="alt">Fat<div class="subtitle">g</div></td>
			  <td class="alt">Protein<div class="subtitle">g</div></td>
			  <td class="alt">Sodium<div class="subtitle">mg</div></td>
			  <td class="alt">Sugar<div class="subtitle">g</div></td>
			  <td class="delete"></td>
			</tr>
			<tr>
			  <td class="first alt"><a class="js-show-edit-food" href="#" data-food-entry-id="1">Oats - Rolled, 50 g</a></td>
			  <td>190</td><td>33</td><td>3</td><td>7</td><td>2</td><td>1</td>
			  <td class="delete"><a href="/food/remove/1"><img alt="Delete"></a></td>
			</tr>
			<tr>
			  <td class="first alt"><a href="#">Coffee - Latte, 1 cup</a></td>
			  <td>1,210</td><td><span class="macro-value">17</span><span class="macro-percentage">28</span></td>
			  <td>7</td><td>9</td><td>1,120</td><td>15</td>
			  <td class="delete"></td>
			</tr>
			<tr class="bottom"><td class="first alt"><a href="/food/add_to_diary?meal=0">Add Food</a></td></tr>
			<tr class="spacer"><td></td></tr>
			<tr class="meal_header">
			  <td class="first alt">Lunch</td>
			  <td class="alt">Calories</td><td class="alt">Carbs</td><td class="alt">Fat</td>
			  <td class="alt">Protein</td><td class="alt">Sodium</td><td class="alt">Sugar</td>
			</tr>
			<tr class="bottom"><td class="first alt"><a href="/food/add_to_diary?meal=1">Add Food</a></td></tr>
			<tr class="total"><td class="first">Totals</td>
			  <td>1,400</td><td>50</td><td>10</td><td>16</td><td>1,122</td><td>16</td><td></td></tr>
			<tr class="total alt"><td class="first">Your Daily Goal</td>
			  <td>2,300</td><td>288</td><td>77</td><td>115</td><td>2,300</td><td>86</td><td></td></tr>
			<tr class="total remaining"><td class="first">Remaining</td>
			  <td>900</td><td>238</td><td>67</td><td>99</td><td>1,178</td><td>70</td><td></td></tr>
			</tbody></table>
			<div id="complete_day"><p class="day_complete_message">You have completed this day.</p></div>
			</div></body></html>
			""";

	/**
	 * A friend's diary: plain names, custom meals and tracked nutrients, incomplete.
	 */
	static final String FRIEND = """
			<html><body><table class="table0">
			<tr class="meal_header"><td class="first alt">Post-Workout</td>
			  <td class="alt">Calories</td><td class="alt">Protein</td><td class="alt">Fiber</td>
			  <td class="alt">Potass.</td><td class="alt">Vit A</td><td class="alt">Added Sugars</td></tr>
			<tr><td class="first alt">Whey shake, 1 scoop</td>
			  <td>120</td><td>24</td><td>0</td><td>160</td><td>2%</td><td>1</td></tr>
			<tr class="bottom"><td></td></tr>
			<tr class="meal_header"><td class="first alt">Second Breakfast</td>
			  <td class="alt">Calories</td><td class="alt">Protein</td><td class="alt">Fiber</td>
			  <td class="alt">Potass.</td><td class="alt">Vit A</td><td class="alt">Added Sugars</td></tr>
			<tr><td class="first alt">Apple, 1 medium</td>
			  <td>95</td><td>0.5</td><td>4.4</td><td>195</td><td>1</td><td>0</td></tr>
			<tr class="bottom"><td></td></tr>
			<tr class="total"><td class="first">Totals</td>
			  <td>215</td><td>24.5</td><td>4.4</td><td>355</td><td>3</td><td>1</td></tr>
			<tr class="total alt"><td class="first">Your Daily Goal</td>
			  <td>2,000</td><td>100</td><td>30</td><td>3,500</td><td>100</td><td>25</td></tr>
			</table>
			<div id="complete_day"><p class="day_incomplete_message">This day is not complete.</p></div>
			</body></html>
			""";

	static final String PRIVATE = """
			<html><body><div class="block-1"><p>This user maintains a private diary.</p></div></body></html>
			""";

	static final String LOCKED = """
			<html><body><div class="block-1"><p>This Diary is Locked with a key.</p>
			<form><input type="password" name="key"></form></div></body></html>
			""";

	static final String GARBAGE = "<html><body><h1>Something went wrong</h1><p>Please try again.</p></body></html>";

	static final String BAD_NUMBER = """
			<html><body><table>
			<tr class="meal_header"><td>Breakfast</td><td>Calories</td></tr>
			<tr><td><a>Toast</a></td><td>abc</td></tr>
			<tr class="bottom"><td></td></tr>
			</table></body></html>
			""";

	private DiaryPages() {
	}

}
